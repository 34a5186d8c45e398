package com.wallet.inbox.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The merchant API's servlet filters of this package (declared here, so web slice tests leave them out). */
@Configuration(proxyBeanMethods = false)
class MerchantWebConfiguration {

    /** Inside the log and metrics filters (ops), which read the status, outside everything that writes. */
    @Bean
    FilterRegistrationBean<WholeAnswerFilter> wholeAnswerFilter() {
        FilterRegistrationBean<WholeAnswerFilter> registration = new FilterRegistrationBean<>(new WholeAnswerFilter());
        registration.addUrlPatterns("/v2/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
