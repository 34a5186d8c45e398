/** Property-based tests that throw generated and mutated requests at the merchant API. */
@NullMarked
package com.wallet.inbox.app.fuzz;

import org.jspecify.annotations.NullMarked;
