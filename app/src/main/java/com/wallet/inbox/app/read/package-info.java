/** The read side: analysts' message list, lookup and stats, and the wallet user's inbox. */
@NullMarked
package com.wallet.inbox.app.read;

import org.jspecify.annotations.NullMarked;
