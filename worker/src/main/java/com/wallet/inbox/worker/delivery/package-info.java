/** Consumes send events in batches, renders them and stores each message exactly once. */
@NullMarked
package com.wallet.inbox.worker.delivery;

import org.jspecify.annotations.NullMarked;
