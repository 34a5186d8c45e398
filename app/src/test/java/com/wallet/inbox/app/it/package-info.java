/** End-to-end tests through a real Kafka broker and a MongoDB-wire store. */
@NullMarked
package com.wallet.inbox.app.it;

import org.jspecify.annotations.NullMarked;
