package com.wallet.inbox.worker.config;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Kafka health: the cluster answers {@code describeCluster} within the timeout. One admin client is kept
 * for the checks (creating one per probe would open new connections every time); it connects lazily, so
 * a worker starts even while the broker is away, and reports DOWN until it answers.
 */
@Component("kafka")
@EnableConfigurationProperties(HealthSettings.class)
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final Admin admin;
    private final int timeoutMillis;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, HealthSettings settings) {
        super("Kafka cluster did not answer");
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.timeoutMillis = (int) settings.kafkaTimeout().toMillis();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMillis));
        // The futures' own bound is a safety net: the request timeout above normally ends them first.
        var nodes = cluster.nodes().get(timeoutMillis * 2L, TimeUnit.MILLISECONDS);
        builder.up()
                .withDetail("clusterId", cluster.clusterId().get(timeoutMillis * 2L, TimeUnit.MILLISECONDS))
                .withDetail("nodes", nodes.size());
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
