package com.wallet.inbox.app.ops;

import com.wallet.inbox.platform.kafka.PlatformKafkaHealthConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The log context and metrics filters, outside everything else on the merchant API (declared here, so web
 * slice tests leave them out), and the {@code kafka} readiness indicator, shared with the worker (imported
 * here, not auto-configured: see the platform package).
 */
@Configuration(proxyBeanMethods = false)
@Import(PlatformKafkaHealthConfiguration.class)
class OpsConfiguration {

    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter() {
        FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IntakeMetricsFilter> intakeMetricsFilter(
            MeterRegistry registry, @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        FilterRegistrationBean<IntakeMetricsFilter> registration =
                new FilterRegistrationBean<>(new IntakeMetricsFilter(registry, new MerchantApis(mapping)));
        registration.addUrlPatterns("/v2/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Merchant calls are timed once, by {@link IntakeMetricsFilter} with their resultCode, which the
     * standard {@code http.server.requests} cannot see (every answer is HTTP 200). Observing each call a
     * second time cost about 5 % of the request threads' CPU; the other endpoints keep the standard timer.
     */
    @Bean
    ObservationPredicate merchantCallsTimedOnce() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && server.getCarrier().getRequestURI().startsWith(MerchantApis.PREFIX));
    }
}
