package com.wallet.inbox.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientRateLimitsTest {

    @Test
    void aClientOverItsBurstIsRefusedOthersAreNot() {
        ClientRateLimits limits = new ClientRateLimits(new RateLimitSettings(true, 2, Duration.ofHours(1)));
        limits.acquire("a");
        limits.acquire("a");

        assertThatThrownBy(() -> limits.acquire("a"))
                .isInstanceOfSatisfying(
                        Rejection.class,
                        r -> org.assertj.core.api.Assertions.assertThat(r.code())
                                .isEqualTo(ResultCode.REQUEST_TRAFFIC_EXCEED_LIMIT));
        assertThatCode(() -> limits.acquire("b")).doesNotThrowAnyException();
    }

    @Test
    void disabledNeverRefuses() {
        ClientRateLimits limits = new ClientRateLimits(new RateLimitSettings(false, 1, Duration.ofHours(1)));
        for (int i = 0; i < 10; i++) {
            limits.acquire("a");
        }
    }

    @Test
    void refusesNonsenseSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSettings(true, 0, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSettings(true, 1, Duration.ZERO));
    }
}
