package com.wallet.inbox.app.access;

/** The client and user an access token stands for, both checked active. */
public record Caller(String authClientId, String userId) {}
