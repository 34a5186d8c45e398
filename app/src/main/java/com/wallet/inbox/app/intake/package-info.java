/** sendInbox: validation, dedupe by (client, requestId) and durable publication to Kafka. */
@NullMarked
package com.wallet.inbox.app.intake;

import org.jspecify.annotations.NullMarked;
