package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.RenderedContent;
import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * Writes a message as the {@code inbox_messages} document analysts query: the record's fields in this
 * order, {@code _id} = messageId, templateVersion a 64-bit integer, dates as BSON dates (milliseconds),
 * nulls omitted. It writes straight into the insert command: building a {@code Document} first and
 * encoding that (a codec looked up per value) was a sixth of the consumer threads' CPU.
 *
 * <p>Encode only: the worker never reads messages back, and the app reads them as documents.
 */
final class MessageCodec implements Codec<InboxMessage> {

    @Override
    public void encode(BsonWriter writer, InboxMessage message, EncoderContext context) {
        writer.writeStartDocument();
        writer.writeString("_id", message.messageId());
        writer.writeString("messageId", message.messageId());
        writer.writeString("requestId", message.requestId());
        writer.writeString("authClientId", message.authClientId());
        writer.writeString("userId", message.userId());
        writer.writeString("templateCode", message.templateCode());
        writer.writeInt64("templateVersion", message.templateVersion());
        writer.writeStartArray("contents");
        for (RenderedContent content : message.contents()) {
            writeContent(writer, content);
        }
        writer.writeEndArray();
        if (message.extendInfo() != null) {
            writer.writeString("extendInfo", message.extendInfo());
        }
        writer.writeDateTime("acceptedAt", message.acceptedAt().toEpochMilli());
        writer.writeDateTime("deliveredAt", message.deliveredAt().toEpochMilli());
        writer.writeEndDocument();
    }

    private static void writeContent(BsonWriter writer, RenderedContent content) {
        writer.writeStartDocument();
        writer.writeString("language", content.language());
        writer.writeString("resolvedLanguage", content.resolvedLanguage());
        writer.writeString("title", content.title());
        writer.writeString("content", content.content());
        if (content.url() != null) {
            writer.writeString("url", content.url());
        }
        writer.writeEndDocument();
    }

    @Override
    public InboxMessage decode(BsonReader reader, DecoderContext context) {
        throw new UnsupportedOperationException("the worker only inserts messages, it never reads them");
    }

    @Override
    public Class<InboxMessage> getEncoderClass() {
        return InboxMessage.class;
    }
}
