/** What operations watch: request log context, intake metrics, readiness of Kafka, structured log defaults. */
@NullMarked
package com.wallet.inbox.app.ops;

import org.jspecify.annotations.NullMarked;
