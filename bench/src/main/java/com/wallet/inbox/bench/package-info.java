/** The benchmark command line: the load generator and the ceilings it is measured against. */
@org.jspecify.annotations.NullMarked
package com.wallet.inbox.bench;
