/** inquiryInbox: the status of an earlier sendInbox request. */
@NullMarked
package com.wallet.inbox.app.inquiry;

import org.jspecify.annotations.NullMarked;
