/** Versioned templates: the latest version usable by a client, and new versions from the admin API. */
@NullMarked
package com.wallet.inbox.app.template;

import org.jspecify.annotations.NullMarked;
