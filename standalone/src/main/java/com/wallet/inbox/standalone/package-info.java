/** The one-process launcher: embedded broker and store, then the app and the worker, seeded with demo data. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.standalone;
