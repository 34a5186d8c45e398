package com.wallet.inbox.app.intake;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The id of an accepted message: 12 hex digits of epoch millis then 20 random hex digits, so ids sort
 * by time and fit the newer API's 64-character limit.
 */
public record MessageId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public MessageId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1 to 64 lower-case hex digits");
        }
    }

    public static MessageId next(Instant now) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        String millis = String.format("%012x", now.toEpochMilli());
        return new MessageId(millis + HexFormat.of().formatHex(random));
    }
}
