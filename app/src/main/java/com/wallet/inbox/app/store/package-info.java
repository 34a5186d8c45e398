/** MongoDB wiring shared by the features: the database bean, client timeouts, health. */
@NullMarked
package com.wallet.inbox.app.store;

import org.jspecify.annotations.NullMarked;
