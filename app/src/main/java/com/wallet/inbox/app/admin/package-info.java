/** The admin API: provisioning clients, users, tokens and templates. */
@NullMarked
package com.wallet.inbox.app.admin;

import org.jspecify.annotations.NullMarked;
