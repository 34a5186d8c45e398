/** Medians over repeated runs and each main result as a ratio to its ceiling. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.summary;
