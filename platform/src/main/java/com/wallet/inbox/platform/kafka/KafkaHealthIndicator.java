package com.wallet.inbox.platform.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Kafka reachability for readiness (Spring Boot has no Kafka indicator): the brokers must describe the
 * cluster within the timeout. One admin client for the indicator's lifetime, so probes open no new
 * connections; it connects lazily, so a service starts even while the broker is away, and reports DOWN
 * until it answers.
 */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Admin admin;
    private final int timeoutMillis;

    KafkaHealthIndicator(Admin admin, Duration timeout) {
        super("Kafka health check failed");
        this.admin = admin;
        this.timeoutMillis = (int) timeout.toMillis();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMillis));
        // The futures' own bound is a safety net: the request timeout above normally ends them first.
        long bound = timeoutMillis * 2L;
        try {
            int nodes = cluster.nodes().get(bound, TimeUnit.MILLISECONDS).size();
            builder.up()
                    .withDetail("clusterId", cluster.clusterId().get(bound, TimeUnit.MILLISECONDS))
                    .withDetail("nodes", nodes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Bounded, so that a broker that is away does not hold up the service's shutdown. */
    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
