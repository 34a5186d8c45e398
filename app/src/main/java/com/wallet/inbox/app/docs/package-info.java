/** The OpenAPI description of the merchant API (springdoc), with the sample request and every result code. */
@NullMarked
package com.wallet.inbox.app.docs;

import org.jspecify.annotations.NullMarked;
