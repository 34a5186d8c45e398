package com.wallet.inbox.worker.delivery;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxMessage;
import java.util.Collection;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Stores a batch of messages with one unordered insert. {@code _id} = messageId, so a message that is
 * already there (a redelivered record) fails with a duplicate key and is left exactly as it was,
 * deliveredAt and readAt included.
 */
@Component
class MessageStore {

    private final MongoCollection<Document> messages;

    MessageStore(MongoDatabase database) {
        this.messages = database.getCollection(InboxCollections.MESSAGES);
    }

    /** Returns how many of the messages were new; throws if any could not be stored. */
    int insertAll(Collection<InboxMessage> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        var documents = batch.stream().map(MessageDocuments::toDocument).toList();
        try {
            messages.insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || !onlyDuplicates(e)) {
                throw e;
            }
            // The driver's inserted count is not trusted (the embedded store gets it wrong).
            return documents.size() - e.getWriteErrors().size();
        }
    }

    private static boolean onlyDuplicates(MongoBulkWriteException e) {
        return e.getWriteErrors().stream()
                .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
}
