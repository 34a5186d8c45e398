package com.wallet.inbox.bench.barehttp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bare-HTTP server's configuration: Spring MVC, Tomcat and Jackson as the app has them, nothing else. */
@SpringBootApplication(proxyBeanMethods = false)
class BareHttpServer {}
