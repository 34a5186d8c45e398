package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.RenderedContent;
import java.time.Instant;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.codecs.EncoderContext;
import org.junit.jupiter.api.Test;

/** The stored shape the app and analysts read: field names, order, BSON types, and nulls left out. */
class MessageCodecTest {

    private static final Instant ACCEPTED = Instant.parse("2026-01-02T03:04:05.123456Z");
    private static final Instant DELIVERED = Instant.parse("2026-01-02T03:04:06.789Z");

    @Test
    void writesEveryFieldInTheDocumentsOrderWithDatesInMilliseconds() {
        var message = message(
                "{\"order\":\"42\"}",
                List.of(
                        new RenderedContent("en-US", "en-US", "Hello Ann", "Hi Ann", "https://wallet.example/?u=Ann"),
                        new RenderedContent("zh-TW", "zh-CN", "小明，你好", "你的收件箱有一条新消息。", null)));

        var expected = new BsonDocument("_id", new BsonString("m-1"))
                .append("messageId", new BsonString("m-1"))
                .append("requestId", new BsonString("r-1"))
                .append("authClientId", new BsonString("client-1"))
                .append("userId", new BsonString("u-1"))
                .append("templateCode", new BsonString("TP_1"))
                .append("templateVersion", new BsonInt64(3))
                .append(
                        "contents",
                        new BsonArray(List.of(
                                new BsonDocument("language", new BsonString("en-US"))
                                        .append("resolvedLanguage", new BsonString("en-US"))
                                        .append("title", new BsonString("Hello Ann"))
                                        .append("content", new BsonString("Hi Ann"))
                                        .append("url", new BsonString("https://wallet.example/?u=Ann")),
                                new BsonDocument("language", new BsonString("zh-TW"))
                                        .append("resolvedLanguage", new BsonString("zh-CN"))
                                        .append("title", new BsonString("小明，你好"))
                                        .append("content", new BsonString("你的收件箱有一条新消息。")))))
                .append("extendInfo", new BsonString("{\"order\":\"42\"}"))
                .append("acceptedAt", new BsonDateTime(ACCEPTED.toEpochMilli()))
                .append("deliveredAt", new BsonDateTime(DELIVERED.toEpochMilli()));

        var encoded = encode(message);

        assertThat(encoded).isEqualTo(expected);
        assertThat(encoded.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(encoded.getDateTime("acceptedAt").getValue()).isEqualTo(1767323045123L);
    }

    @Test
    void leavesOutWhatIsNull() {
        var encoded = encode(message(null, List.of(new RenderedContent("en-US", "en-US", "t", "c", null))));

        assertThat(encoded).doesNotContainKeys("extendInfo", "readAt");
        assertThat(encoded.getArray("contents").get(0).asDocument()).doesNotContainKey("url");
    }

    private static BsonDocument encode(InboxMessage message) {
        var document = new BsonDocument();
        new MessageCodec()
                .encode(
                        new BsonDocumentWriter(document),
                        message,
                        EncoderContext.builder().build());
        return document;
    }

    private static InboxMessage message(String extendInfo, List<RenderedContent> contents) {
        return new InboxMessage(
                "m-1", "r-1", "client-1", "u-1", "TP_1", 3, contents, extendInfo, ACCEPTED, DELIVERED, null);
    }
}
