package com.wallet.inbox.app.read;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a list; {@code nextCursor} is absent (null) on the last page. */
record Page<T>(List<T> items, @Nullable String nextCursor) {}
