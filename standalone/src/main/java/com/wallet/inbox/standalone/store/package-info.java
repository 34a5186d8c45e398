/** The embedded MongoDB-wire store, on disk (H2) or in memory. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.standalone.store;
