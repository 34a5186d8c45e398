/** What happens to a message the worker cannot deliver: the dead-letter topic and a FAILED request. */
@NullMarked
package com.wallet.inbox.worker.deadletter;

import org.jspecify.annotations.NullMarked;
