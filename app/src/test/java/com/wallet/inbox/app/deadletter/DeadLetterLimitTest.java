package com.wallet.inbox.app.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallet.inbox.app.web.BadParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadLetterLimitTest {

    @Test
    void defaultsWhenAbsent() {
        assertThat(DeadLetterLimit.parse(null, 100).value()).isEqualTo(100);
        assertThat(DeadLetterLimit.parse("", 500).value()).isEqualTo(500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "500", " 20 "})
    void acceptsOneTo500(String limit) {
        assertThat(DeadLetterLimit.parse(limit, 100).value()).isBetween(1, 500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "501", "ten", "1.5", "99999999999"})
    void refusesAnythingElseNamingTheParameter(String limit) {
        assertThatThrownBy(() -> DeadLetterLimit.parse(limit, 100))
                .isInstanceOfSatisfying(
                        BadParameter.class, e -> assertThat(e.name()).isEqualTo("limit"));
    }
}
