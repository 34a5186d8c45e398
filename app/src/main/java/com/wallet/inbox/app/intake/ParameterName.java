package com.wallet.inbox.app.intake;

/**
 * The name of a template parameter: 1 to 128 characters. Our decision: names starting with {@code $}
 * or containing {@code .} are refused, because parameters travel into MongoDB documents where such keys
 * could be read as operators or paths, and real MongoDB's rules for them differ between versions.
 */
public record ParameterName(String value) {

    public ParameterName {
        Lengths.check(value, 1, 128);
        if (value.startsWith("$") || value.contains(".")) {
            throw new IllegalArgumentException("must not start with '$' or contain '.'");
        }
    }
}
