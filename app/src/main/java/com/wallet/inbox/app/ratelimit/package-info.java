/** Per-client rate limits on the merchant API. */
@NullMarked
package com.wallet.inbox.app.ratelimit;

import org.jspecify.annotations.NullMarked;
