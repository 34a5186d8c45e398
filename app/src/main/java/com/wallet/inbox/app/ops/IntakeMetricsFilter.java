package com.wallet.inbox.app.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code inbox.intake.requests}: one timer per merchant API and resultCode, with a latency histogram.
 * It wraps the signature filter, so answers that filter gives by itself are counted too.
 */
class IntakeMetricsFilter extends OncePerRequestFilter {

    static final String METER = "inbox.intake.requests";

    private final MeterRegistry registry;
    private final MerchantApis apis;

    IntakeMetricsFilter(MeterRegistry registry, MerchantApis apis) {
        this.registry = registry;
        this.apis = apis;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start(registry);
        try {
            chain.doFilter(request, response);
        } finally {
            sample.stop(timer(apis.of(request.getRequestURI()), RenderedResult.of(request)));
        }
    }

    private Timer timer(String api, String resultCode) {
        return Timer.builder(METER)
                .description("Merchant API calls by API and resultCode")
                .tag("api", api)
                .tag("resultCode", resultCode)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }
}
