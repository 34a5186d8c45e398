/** The bare-HTTP ceiling: the same web stack parsing the same body and answering without any I/O. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench.barehttp;
