/** The dashboard driven in a real browser. */
@NullMarked
package com.wallet.inbox.app.dashboard;

import org.jspecify.annotations.NullMarked;
