package com.wallet.inbox.app.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Opens the package-private security configuration to slice tests in other packages. */
@Configuration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SecurityTestImports {}
