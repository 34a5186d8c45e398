/** A real Apache Kafka broker (KRaft, combined broker and controller) running inside this process. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.standalone.broker;
