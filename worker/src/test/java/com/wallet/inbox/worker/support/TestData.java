package com.wallet.inbox.worker.support;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.TemplateVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import tools.jackson.databind.node.ObjectNode;

/** Documents and events shaped as the app writes them. */
public final class TestData {

    public static final String TEMPLATE = "TP_IT";
    public static final Instant ACCEPTED_AT = Instant.parse("2026-01-02T03:04:05.123Z");

    private TestData() {}

    /** Version 1 of {@link #TEMPLATE}: en-US (default) and zh-CN, parameter {@code who}. */
    public static void seedTemplate(MongoDatabase database) {
        var id = TemplateVersion.documentId(TEMPLATE, 1);
        database.getCollection(InboxCollections.TEMPLATES)
                .insertOne(new Document("_id", id)
                        .append("templateCode", TEMPLATE)
                        .append("version", 1L)
                        .append("defaultLanguage", "en-US")
                        .append(
                                "contents",
                                List.of(
                                        new Document("language", "en-US")
                                                .append("title", "Hello {{who}}")
                                                .append("content", "Hi {{who}}, you have a new message in your inbox.")
                                                .append("url", "https://wallet.example/inbox?u={{who}}"),
                                        new Document("language", "zh-CN")
                                                .append("title", "{{who}}，你好")
                                                .append("content", "{{who}}，你的收件箱有一条新消息。")))
                        .append("createdAt", new Date()));
    }

    public static InboxSendEvent event(String userId, long templateVersion, List<ContentTemplate> templates) {
        var messageId = "m-" + UUID.randomUUID();
        return new InboxSendEvent(
                InboxSendEvent.CURRENT_SCHEMA_VERSION,
                messageId,
                "r-" + messageId,
                "client-1",
                userId,
                TEMPLATE,
                templateVersion,
                templates,
                "{\"order\":\"42\"}",
                ACCEPTED_AT);
    }

    /** A stream of greetings from {@code users} users, so that it spreads over every partition. */
    public static List<InboxSendEvent> greetings(int count, int users, String who) {
        return IntStream.range(0, count)
                .mapToObj(i -> event("u-" + (i % users), 1, List.of(new ContentTemplate("en-US", Map.of("who", who)))))
                .toList();
    }

    /** The request document the app wrote when it accepted the event. */
    public static void seedRequest(MongoDatabase database, InboxSendEvent event) {
        database.getCollection(InboxCollections.REQUESTS)
                .insertOne(new Document("_id", event.messageId())
                        .append("messageId", event.messageId())
                        .append("authClientId", event.authClientId())
                        .append("requestId", event.requestId())
                        .append("userId", event.userId())
                        .append("templateCode", event.templateCode())
                        .append("templateVersion", event.templateVersion())
                        .append("fingerprint", "f")
                        .append("status", "ACCEPTED")
                        .append("createdAt", Date.from(ACCEPTED_AT.minus(1, ChronoUnit.SECONDS)))
                        .append("acceptedAt", Date.from(ACCEPTED_AT)));
    }

    /** The event's JSON without one of its fields, as a buggy or foreign producer might send it. */
    public static byte[] jsonWithout(InboxSendEvent event, String field) {
        ObjectNode tree = InboxJson.mapper().valueToTree(event);
        tree.remove(field);
        return InboxJson.mapper().writeValueAsBytes(tree);
    }

    public static byte[] json(InboxSendEvent event) {
        return InboxJson.mapper().writeValueAsBytes(event);
    }
}
