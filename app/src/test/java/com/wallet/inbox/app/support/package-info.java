/** Test support: the services the ITs run against, an HTTP client, fixtures. */
@NullMarked
package com.wallet.inbox.app.support;

import org.jspecify.annotations.NullMarked;
