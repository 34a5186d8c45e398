package com.wallet.inbox.app.signing;

import com.wallet.inbox.app.access.AccessDirectory;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the signature filter on the merchant API only (declared here, so web slice tests leave it out). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningSettings.class)
class SigningConfiguration {

    @Bean
    FilterRegistrationBean<SignatureFilter> signatureFilter(
            AccessDirectory directory, SigningSettings settings, ServiceKeys keys, Clock clock) {
        FilterRegistrationBean<SignatureFilter> registration = new FilterRegistrationBean<>(
                new SignatureFilter(directory, new SignedCallVerifier(settings, clock), keys, clock));
        registration.addUrlPatterns("/v2/*");
        return registration;
    }
}
