package com.wallet.inbox.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Which HTTP client drives the calls: {@code --client}. */
enum ClientKind {
    /** Netty's HTTP codec on a pool of keep-alive connections: the cheapest in CPU per call that was measured. */
    NETTY,
    /** {@code java.net.http.HttpClient}: kept to compare with. */
    JDK;

    /** The name on the command line and in the report. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String labels() {
        return Arrays.stream(values()).map(ClientKind::label).collect(Collectors.joining("|"));
    }

    IntakeClient open(URI endpoint, Duration timeout, int threads) {
        return switch (this) {
            case NETTY -> new NettyIntakeClient(endpoint, timeout, threads);
            case JDK -> new JdkIntakeClient(endpoint, timeout, threads);
        };
    }

    /** Reads {@code --client} by its lower-case name. */
    static final class Converter implements ITypeConverter<ClientKind> {
        @Override
        public ClientKind convert(String value) {
            return Arrays.stream(values())
                    .filter(kind -> kind.label().equals(value.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("--client must be one of " + labels()));
        }
    }
}
