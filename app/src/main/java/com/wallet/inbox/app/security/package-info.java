/** Bearer-token security for the admin and read APIs; the merchant API authenticates in its body. */
@NullMarked
package com.wallet.inbox.app.security;

import org.jspecify.annotations.NullMarked;
