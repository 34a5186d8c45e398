package com.wallet.inbox.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What a {@code @WebMvcTest} of a merchant controller needs besides the controller: error handling and security. */
@Configuration(proxyBeanMethods = false)
@Import({MerchantApiErrors.class, com.wallet.inbox.app.security.SecurityTestImports.class})
public class WebSliceImports {}
