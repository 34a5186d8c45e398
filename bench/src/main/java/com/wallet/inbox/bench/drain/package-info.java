/** The worker measured alone: a backlog published straight to its topic, and how fast it is stored. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.drain;
