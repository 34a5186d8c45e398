package com.wallet.inbox.app.access;

import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Resolves a merchant call's access token to its client and user, refusing with the contract's codes. */
@Component
public class CallerCheck {

    private final AccessDirectory directory;
    private final Clock clock;

    CallerCheck(AccessDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Caller check(String accessToken, @Nullable String authClientId) {
        AccessDirectory.TokenEntry token =
                directory.token(accessToken).orElseThrow(() -> new Rejection(ResultCode.INVALID_ACCESS_TOKEN));
        if (token.expiresAt() != null && !token.expiresAt().isAfter(clock.instant())) {
            throw new Rejection(ResultCode.EXPIRED_ACCESS_TOKEN);
        }
        Caller caller = new Caller(token.authClientId(), token.userId());
        checkClient(caller, authClientId);
        checkUser(caller);
        return caller;
    }

    private void checkClient(Caller caller, @Nullable String authClientId) {
        if (authClientId != null && !authClientId.equals(caller.authClientId())) {
            throw new Rejection(ResultCode.INVALID_AUTH_CLIENT, "authClientId is not the client of the access token");
        }
        boolean active = directory
                .client(caller.authClientId())
                .map(c -> "ACTIVE".equals(c.status()))
                .orElse(false);
        if (!active) {
            throw new Rejection(ResultCode.INVALID_AUTH_CLIENT);
        }
    }

    private void checkUser(Caller caller) {
        if (!directory.userStatus(caller.userId()).map("ACTIVE"::equals).orElse(false)) {
            throw new Rejection(ResultCode.USER_STATUS_ERROR);
        }
    }
}
