/** The merchant API's HTTP plumbing: the result envelope for every outcome, bounded body reading. */
@NullMarked
package com.wallet.inbox.app.web;

import org.jspecify.annotations.NullMarked;
