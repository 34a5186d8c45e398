package com.wallet.inbox.worker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

class KafkaHealthIndicatorTest {

    @Test
    void isDownWhenNoBrokerAnswersWithinTheTimeout() throws IOException {
        var indicator = new KafkaHealthIndicator(
                new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + unusedPort())),
                new HealthSettings(Duration.ofMillis(300)));
        try {
            var health = indicator.health(true);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void refusesATimeoutThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new HealthSettings(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new HealthSettings(Duration.ofSeconds(-1)));
    }

    private static int unusedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
