package com.wallet.inbox.app.intake;

/** Length limits in characters (code points), as the API document counts them. */
final class Lengths {

    private Lengths() {}

    static void check(String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw new IllegalArgumentException(
                    min == 0
                            ? "must be at most " + max + " characters"
                            : "must be " + min + " to " + max + " characters");
        }
    }
}
