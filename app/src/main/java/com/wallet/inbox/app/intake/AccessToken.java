package com.wallet.inbox.app.intake;

/** A merchant's access token: 1 to 128 characters. Its toString hides it, so it cannot leak into logs. */
public record AccessToken(String value) {

    public AccessToken {
        Lengths.check(value, 1, 128);
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
