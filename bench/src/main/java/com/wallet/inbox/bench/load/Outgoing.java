package com.wallet.inbox.bench.load;

/** One sendInbox call about to be made; {@code repeat} marks a requestId that was sent before. */
record Outgoing(String requestId, byte[] body, boolean repeat) {}
