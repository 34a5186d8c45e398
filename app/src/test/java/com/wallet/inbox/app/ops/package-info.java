/** Tests of what operations watch: metrics, health, structured logs, retention. */
@NullMarked
package com.wallet.inbox.app.ops;

import org.jspecify.annotations.NullMarked;
