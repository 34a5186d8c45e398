/** Renders a template version into the languages a message asks for, with language fallback. */
@NullMarked
package com.wallet.inbox.worker.render;

import org.jspecify.annotations.NullMarked;
