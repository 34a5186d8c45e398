/** MongoDB for the app's features: the platform's client wiring and health, and the duplicate-key signal. */
@NullMarked
package com.wallet.inbox.app.store;

import org.jspecify.annotations.NullMarked;
