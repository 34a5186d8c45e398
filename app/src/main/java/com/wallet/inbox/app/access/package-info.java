/** Who is calling: access tokens resolved to an active client and user. */
@NullMarked
package com.wallet.inbox.app.access;

import org.jspecify.annotations.NullMarked;
