/** Alipay+ request signing: verifying signed merchant calls and signing the answers to them. */
@NullMarked
package com.wallet.inbox.app.signing;

import org.jspecify.annotations.NullMarked;
