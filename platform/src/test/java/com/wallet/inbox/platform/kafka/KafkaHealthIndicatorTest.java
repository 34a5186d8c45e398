package com.wallet.inbox.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorTest {

    @Test
    void isDownWhenNoBrokerAnswersWithinTheTimeout() throws IOException {
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + unusedPort()));
        var indicator = new KafkaHealthIndicator(admin, Duration.ofMillis(300));
        try {
            var health = indicator.health(true);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        } finally {
            indicator.destroy();
        }
    }

    @Test
    void refusesATimeoutThatIsNotPositiveOrDoesNotFitTheAdminClient() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KafkaHealthSettings(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new KafkaHealthSettings(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KafkaHealthSettings(Duration.ofMillis(Integer.MAX_VALUE + 1L)));
        assertThat(new KafkaHealthSettings(Duration.ofMillis(Integer.MAX_VALUE)).kafkaTimeout())
                .hasMillis(Integer.MAX_VALUE);
    }

    private static int unusedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
