/** Kafka readiness of both services: whether the brokers describe the cluster within a timeout. */
@NullMarked
package com.wallet.inbox.platform.kafka;

import org.jspecify.annotations.NullMarked;
