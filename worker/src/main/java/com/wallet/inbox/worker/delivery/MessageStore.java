package com.wallet.inbox.worker.delivery;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxMessage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bson.codecs.configuration.CodecRegistries;
import org.springframework.stereotype.Component;

/**
 * Stores a batch of messages with one unordered insert. {@code _id} = messageId, so a message that is
 * already there (a redelivered record) fails with a duplicate key and is left exactly as it was,
 * deliveredAt and readAt included.
 */
@Component
class MessageStore {

    private final MongoCollection<InboxMessage> messages;

    MessageStore(MongoDatabase database) {
        this.messages = database.getCollection(InboxCollections.MESSAGES, InboxMessage.class)
                .withCodecRegistry(CodecRegistries.fromRegistries(
                        CodecRegistries.fromCodecs(new MessageCodec()), database.getCodecRegistry()));
    }

    /** Stores the batch and returns the messages that were new; throws if any could not be stored. */
    List<InboxMessage> insertAll(List<InboxMessage> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            messages.insertMany(batch, new InsertManyOptions().ordered(false));
            return batch;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || !onlyDuplicates(e)) {
                throw e;
            }
            // The new ones are told by the index of each error: the driver's inserted count is not
            // trusted (the embedded store gets it wrong).
            Set<Integer> duplicates =
                    e.getWriteErrors().stream().map(BulkWriteError::getIndex).collect(Collectors.toSet());
            return IntStream.range(0, batch.size())
                    .filter(i -> !duplicates.contains(i))
                    .mapToObj(batch::get)
                    .toList();
        }
    }

    private static boolean onlyDuplicates(MongoBulkWriteException e) {
        return e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
}
