package com.wallet.inbox.bench.support;

import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.RenderedContent;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The events and documents a load run produces, built the way the app and the worker build them, so the
 * ceilings move the same bytes as the system under test.
 */
public final class SampleEvents {

    public static final String AUTH_CLIENT_ID = "202016726873874774774xxxx";
    public static final String TEMPLATE_CODE = "TP_5800000001xxxx";

    private final String runId;
    private final int users;

    public SampleEvents(String runId, int users) {
        this.runId = runId;
        this.users = users;
    }

    public String userId(long sequence) {
        return "bench-" + runId + "-u" + (sequence % users);
    }

    public InboxSendEvent event(long sequence) {
        return new InboxSendEvent(
                InboxSendEvent.CURRENT_SCHEMA_VERSION,
                messageId(sequence),
                requestId(sequence),
                AUTH_CLIENT_ID,
                userId(sequence),
                TEMPLATE_CODE,
                1,
                List.of(new ContentTemplate("en-US", Map.of("who", who(sequence)))),
                "bench run " + runId,
                Instant.now());
    }

    /** An {@code inbox_messages} document: the worker's field names, dates as BSON dates, nulls omitted. */
    public Document message(long sequence) {
        Date now = new Date();
        var content = new RenderedContent(
                "en-US",
                "en-US",
                "Hello " + who(sequence),
                "Hi " + who(sequence) + ", you have a new message in your inbox.",
                null);
        return new Document("_id", messageId(sequence))
                .append("messageId", messageId(sequence))
                .append("requestId", requestId(sequence))
                .append("authClientId", AUTH_CLIENT_ID)
                .append("userId", userId(sequence))
                .append("templateCode", TEMPLATE_CODE)
                .append("templateVersion", 1L)
                .append(
                        "contents",
                        List.of(new Document("language", content.language())
                                .append("resolvedLanguage", content.resolvedLanguage())
                                .append("title", content.title())
                                .append("content", content.content())))
                .append("extendInfo", "bench run " + runId)
                .append("acceptedAt", now)
                .append("deliveredAt", now);
    }

    private String messageId(long sequence) {
        return "bench-" + runId + "-m" + sequence;
    }

    private String requestId(long sequence) {
        return "bench-" + runId + "-" + sequence;
    }

    private static String who(long sequence) {
        return "bench user " + sequence;
    }
}
