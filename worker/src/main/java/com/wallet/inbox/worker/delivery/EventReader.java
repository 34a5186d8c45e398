package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxSendEvent;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a record's bytes as an {@link InboxSendEvent} and checks the fields the worker relies on. A
 * record that binds with every required field is read once, straight into the event. Any other is read
 * again as a tree, so that one with a messageId but an otherwise bad shape still lets its request be
 * marked FAILED, with the field named.
 */
final class EventReader {

    private static final List<String> REQUIRED = List.of(
            "messageId",
            "requestId",
            "authClientId",
            "userId",
            "templateCode",
            "templateVersion",
            "templates",
            "acceptedAt");

    private EventReader() {}

    static InboxSendEvent read(ConsumerRecord<?, byte @Nullable []> record) {
        if (record.value() == null) {
            throw unreadable("record has no value", null);
        }
        // Reading the tree and then binding it cost the worker more than half its CPU when it drained a
        // backlog: good records, nearly all of them, take the single pass.
        InboxSendEvent event = bindDirectly(record.value());
        if (event != null) {
            validate(event, event.messageId());
            return event;
        }
        return readExplaining(record.value());
    }

    /** The event when the bytes bind and carry every required field; null sends the record the long way. */
    private static @Nullable InboxSendEvent bindDirectly(byte[] value) {
        try {
            InboxSendEvent event = InboxJson.mapper().readValue(value, InboxSendEvent.class);
            return event != null && hasRequiredFields(event) ? event : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    // The JSON may omit what the record declares non-null, hence the null checks.
    private static boolean hasRequiredFields(InboxSendEvent event) {
        return event.messageId() != null
                && event.requestId() != null
                && event.authClientId() != null
                && event.userId() != null
                && event.templateCode() != null
                && event.templateVersion() != 0
                && event.templates() != null
                && event.acceptedAt() != null;
    }

    private static InboxSendEvent readExplaining(byte[] value) {
        JsonNode tree;
        try {
            tree = InboxJson.mapper().readTree(value);
        } catch (JacksonException e) {
            throw unreadable("record value is not JSON", null);
        }
        var messageId =
                tree.path("messageId").isString() ? tree.path("messageId").asString() : null;
        for (String field : REQUIRED) {
            if (tree.path(field).isMissingNode() || tree.path(field).isNull()) {
                throw unreadable("event field " + field + " is missing", field.equals("messageId") ? null : messageId);
            }
        }
        InboxSendEvent event;
        try {
            event = InboxJson.mapper().treeToValue(tree, InboxSendEvent.class);
        } catch (JacksonException e) {
            throw unreadable(describe(e), messageId);
        }
        validate(event, messageId);
        return event;
    }

    // The JSON may omit what the record declares non-null, hence the null checks.
    private static void validate(@Nullable InboxSendEvent event, @Nullable String messageId) {
        if (event == null) {
            throw unreadable("record value is null", null);
        }
        requireText(event.messageId(), "messageId", null);
        requireText(event.requestId(), "requestId", messageId);
        requireText(event.authClientId(), "authClientId", messageId);
        requireText(event.userId(), "userId", messageId);
        requireText(event.templateCode(), "templateCode", messageId);
        if (event.templateVersion() < 1) {
            throw unreadable("event field templateVersion is missing or not positive", messageId);
        }
        if (event.acceptedAt() == null) {
            throw unreadable("event field acceptedAt is missing", messageId);
        }
        if (event.templates().isEmpty()) {
            throw unreadable("event field templates is empty", messageId);
        }
        for (ContentTemplate template : event.templates()) {
            requireText(template.language(), "templates.language", messageId);
        }
    }

    // Jackson's own message may quote the offending value, which can be a template parameter: only the
    // field is named.
    private static String describe(JacksonException e) {
        var field = e.getPath().stream()
                .map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return field.isEmpty()
                ? "record value is not an inbox send event"
                : "event field " + field + " is missing or invalid";
    }

    private static void requireText(@Nullable String value, String field, @Nullable String messageId) {
        if (value == null || value.isBlank()) {
            throw unreadable("event field " + field + " is missing", messageId);
        }
    }

    private static DeliveryFailure unreadable(String reason, @Nullable String messageId) {
        return new DeliveryFailure(FailureCode.EVENT_UNREADABLE, reason, messageId);
    }
}
