package com.wallet.inbox.standalone;

/** Placeholder until the standalone launcher lands. */
public final class InboxStandalone {

    private InboxStandalone() {}

    public static void main(String[] args) {}
}
