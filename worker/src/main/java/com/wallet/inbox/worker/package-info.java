/** The delivery worker: Kafka in, rendered inbox messages out to MongoDB. */
@NullMarked
package com.wallet.inbox.worker;

import org.jspecify.annotations.NullMarked;
