/** The contracts that cross module boundaries: HTTP bodies, the Kafka event, the stored documents. */
@NullMarked
package com.wallet.inbox.schemas;

import org.jspecify.annotations.NullMarked;
