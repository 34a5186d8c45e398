/** The load generator: provisions users and tokens, drives sendInbox, then checks what was stored. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.load;
