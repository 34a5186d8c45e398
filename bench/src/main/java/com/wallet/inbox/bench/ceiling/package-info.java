/** The raw ceilings: Kafka produce of the same events and bulk insert of the same documents. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.ceiling;
