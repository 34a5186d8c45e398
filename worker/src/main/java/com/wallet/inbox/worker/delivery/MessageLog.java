package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.InboxSendEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;

/**
 * The MDC of every line logged while one record is handled: messageId, requestId and authClientId, the
 * keys the app logs too, so that one query follows a message from intake to inbox. Closing it clears
 * them, so nothing leaks to the next record of the batch.
 */
final class MessageLog implements AutoCloseable {

    static final String MESSAGE_ID = "messageId";
    static final String REQUEST_ID = "requestId";
    static final String AUTH_CLIENT_ID = "authClientId";
    /** Set for the whole batch: its lines, per-record ones included, say how big the batch was. */
    static final String BATCH_SIZE = "batchSize";

    private static final List<String> KEYS = List.of(MESSAGE_ID, REQUEST_ID, AUTH_CLIENT_ID);

    /** Nothing known yet: a record that is not read yet. */
    static MessageLog open() {
        return new MessageLog();
    }

    static MessageLog of(InboxMessage message) {
        return open().identify(message.messageId(), message.requestId(), message.authClientId());
    }

    MessageLog identify(InboxSendEvent event) {
        return identify(event.messageId(), event.requestId(), event.authClientId());
    }

    MessageLog identify(String messageId, String requestId, String authClientId) {
        MDC.put(MESSAGE_ID, messageId);
        MDC.put(REQUEST_ID, requestId);
        MDC.put(AUTH_CLIENT_ID, authClientId);
        return this;
    }

    MessageLog identify(String messageId) {
        MDC.put(MESSAGE_ID, messageId);
        return this;
    }

    /** What is known so far, for lines logged later about the same record (its dead letter). */
    Map<String, String> keys() {
        var keys = new LinkedHashMap<String, String>();
        for (String key : KEYS) {
            var value = MDC.get(key);
            if (value != null) {
                keys.put(key, value);
            }
        }
        return Map.copyOf(keys);
    }

    @Override
    public void close() {
        KEYS.forEach(MDC::remove);
    }
}
