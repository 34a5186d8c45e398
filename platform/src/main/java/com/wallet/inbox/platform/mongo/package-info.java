/** The MongoDB client of both services: the database bean, the client timeouts, the {@code ping} health check. */
@NullMarked
package com.wallet.inbox.platform.mongo;

import org.jspecify.annotations.NullMarked;
