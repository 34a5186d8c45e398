package com.wallet.inbox.app.store;

import com.wallet.inbox.platform.mongo.PlatformMongoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The database bean, the client timeouts ({@code inbox.mongodb.*}) and the {@code mongoPing} readiness
 * indicator, shared with the worker. Imported here, not auto-configured: see the platform package.
 */
@Configuration(proxyBeanMethods = false)
@Import(PlatformMongoConfiguration.class)
class MongoConfiguration {}
