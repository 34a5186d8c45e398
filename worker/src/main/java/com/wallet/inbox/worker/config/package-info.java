/** Wiring shared by the worker's features: Kafka topics, listener and error handling, MongoDB and health. */
@NullMarked
package com.wallet.inbox.worker.config;

import org.jspecify.annotations.NullMarked;
