/** Wiring shared by the worker's features: Kafka topics, listener container and error handling, MongoDB. */
@NullMarked
package com.wallet.inbox.worker.config;

import org.jspecify.annotations.NullMarked;
