/** The analysts' dashboard: a static page under /dashboard that calls the read API with the reader token. */
@NullMarked
package com.wallet.inbox.app.dashboard;

import org.jspecify.annotations.NullMarked;
