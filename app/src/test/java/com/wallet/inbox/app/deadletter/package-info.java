/** Tests of the dead-letter admin API. */
@NullMarked
package com.wallet.inbox.app.deadletter;

import org.jspecify.annotations.NullMarked;
