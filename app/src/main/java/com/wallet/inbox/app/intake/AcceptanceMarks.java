package com.wallet.inbox.app.intake;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The acceptance marks this instance has queued but not yet written. The answer A does not wait for its
 * record's mark (the broker's ack is what makes a request accepted), so for a few milliseconds an accepted
 * request's record still says PENDING: a repeat or an inquiry served here asks this first, and reads it as
 * ACCEPTED. Entries leave as their marks are written, so the map holds only the marks in flight.
 *
 * <p>Another instance sees PENDING in that window: a repeat there publishes the same messageId again, which
 * the worker stores once, exactly as after a mark that failed.
 */
@Component
public class AcceptanceMarks {

    private static final Logger log = LoggerFactory.getLogger(AcceptanceMarks.class);

    private final Map<RequestKey, CompletableFuture<?>> unwritten = new ConcurrentHashMap<>();

    /** Must be called before the (authClientId, requestId) lock is released, so a repeat cannot miss it. */
    void track(String authClientId, String requestId, String messageId, CompletableFuture<?> written) {
        RequestKey key = new RequestKey(authClientId, requestId);
        unwritten.put(key, written);
        written.whenComplete((done, failure) -> {
            unwritten.remove(key, written);
            if (failure != null) {
                // The event is durable: the record stays PENDING and a retry publishes the same messageId.
                log.warn("Message {} is published but could not be marked ACCEPTED: {}", messageId, failure.toString());
            }
        });
    }

    /** True when the request was accepted here and its record's mark is still on its way to the store. */
    public boolean awaitingMark(String authClientId, String requestId) {
        return unwritten.containsKey(new RequestKey(authClientId, requestId));
    }

    private record RequestKey(String authClientId, String requestId) {}
}
