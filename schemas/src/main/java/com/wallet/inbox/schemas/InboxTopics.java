package com.wallet.inbox.schemas;

/** Default Kafka topic names; the deployed names are configurable. */
public final class InboxTopics {

    public static final String SEND = "inbox.send.v1";
    public static final String SEND_DEAD_LETTERS = SEND + ".dlt";

    /** Headers of a dead letter: why the worker gave up on the record. */
    public static final String HEADER_FAILURE_CODE = "inbox-failure-code";

    public static final String HEADER_FAILURE_MESSAGE = "inbox-failure-message";

    private InboxTopics() {}
}
