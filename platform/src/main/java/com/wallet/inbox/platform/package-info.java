/**
 * What the app and the worker share to talk to the same services, one sub-package per service.
 *
 * <p>Each sub-package offers one public {@code @Configuration} that the app and the worker {@code @Import}
 * from a configuration of their own, rather than an auto-configuration: the import says at the use site
 * where the {@code mongoPing} and {@code kafka} indicators come from; a user configuration is processed
 * before Boot's auto-configuration, so the MongoDB timeouts customizer is in place before the client is
 * built without any ordering or conditions to get right; and nothing is added to a context merely because
 * the jar is on its classpath (the standalone puts both services' jars on one). Web slice tests leave the
 * importing configurations out, as they did before.
 */
@NullMarked
package com.wallet.inbox.platform;

import org.jspecify.annotations.NullMarked;
