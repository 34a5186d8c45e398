/** The demo client, user, token and template that make the documented sample request work as is. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.standalone.demo;
