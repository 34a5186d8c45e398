package com.wallet.inbox.schemas;

/**
 * The stored state of a request. PENDING: the dedupe record is written but the broker has not
 * acknowledged the event yet (a retry publishes it again). ACCEPTED: the event is durably in Kafka.
 * FAILED: the worker could not render it; the failure code says why. A delivered request stays
 * ACCEPTED here: delivery is the existence of its document in {@code inbox_messages}, which keeps the
 * worker at one write per message.
 */
public enum RequestStatus {
    PENDING,
    ACCEPTED,
    FAILED
}
