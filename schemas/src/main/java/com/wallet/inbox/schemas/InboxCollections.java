package com.wallet.inbox.schemas;

/** The MongoDB database and collection names, which analysts query directly. */
public final class InboxCollections {

    public static final String DATABASE = "inbox";
    public static final String MESSAGES = "inbox_messages";
    public static final String REQUESTS = "inbox_requests";
    public static final String CLIENTS = "clients";
    public static final String USERS = "users";
    public static final String ACCESS_TOKENS = "access_tokens";
    public static final String TEMPLATES = "templates";

    private InboxCollections() {}
}
