package com.wallet.inbox.bench.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void acceptsLoopbackTargets() {
        assertThat(Loopback.requireHttp("http://localhost:8080").getPort()).isEqualTo(8080);
        assertThat(Loopback.requireBootstrap("127.0.0.1:9092,localhost:9093")).isNotEmpty();
        assertThat(Loopback.requireMongo("mongodb://127.0.0.1:27017/inbox").getDatabase())
                .isEqualTo("inbox");
    }

    @Test
    void rejectsAnyOtherHost() {
        assertThatIllegalArgumentException().isThrownBy(() -> Loopback.requireHttp("http://192.168.1.2:8080"));
        assertThatIllegalArgumentException().isThrownBy(() -> Loopback.requireBootstrap("127.0.0.1:9092,kafka:9092"));
        assertThatIllegalArgumentException().isThrownBy(() -> Loopback.requireMongo("mongodb://db.example.com/inbox"));
    }
}
