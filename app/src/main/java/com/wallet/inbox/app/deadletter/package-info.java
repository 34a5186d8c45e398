/** The admin API over the dead-letter topic: list dead letters and replay them to the main topic. */
@NullMarked
package com.wallet.inbox.app.deadletter;

import org.jspecify.annotations.NullMarked;
