/** The HTTP intake application: merchant API, inquiry and admin API. */
@NullMarked
package com.wallet.inbox.app;

import org.jspecify.annotations.NullMarked;
