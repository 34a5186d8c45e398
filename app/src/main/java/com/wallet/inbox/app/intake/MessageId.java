package com.wallet.inbox.app.intake;

import java.security.NoSuchAlgorithmException;
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
    // One generator per thread: the default one reads the kernel's source under a process-wide lock,
    // which every accepted call contended for. DRBG instances are seeded once from that source.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(MessageId::newGenerator);

    public MessageId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must be 1 to 64 lower-case hex digits");
        }
    }

    public static MessageId next(Instant now) {
        byte[] random = new byte[10];
        RANDOM.get().nextBytes(random);
        String millis = String.format("%012x", now.toEpochMilli());
        return new MessageId(millis + HexFormat.of().formatHex(random));
    }

    private static SecureRandom newGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom(); // DRBG is in every JDK since 9: not expected
        }
    }
}
