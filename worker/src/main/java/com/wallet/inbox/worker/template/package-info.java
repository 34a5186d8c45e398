/** Loads immutable template versions from MongoDB, cached. */
@NullMarked
package com.wallet.inbox.worker.template;

import org.jspecify.annotations.NullMarked;
