package com.wallet.inbox.bench.support;

import com.mongodb.ConnectionString;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The benchmark only ever sends traffic to this machine: every target is checked before use. */
public final class Loopback {

    private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private Loopback() {}

    public static URI requireHttp(String url) {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// targets are supported, was " + url);
        }
        requireHost(uri.getHost(), url);
        return uri;
    }

    public static String requireBootstrap(String servers) {
        Arrays.stream(servers.split(",")).map(String::trim).forEach(server -> {
            int colon = server.lastIndexOf(':');
            requireHost(colon < 0 ? server : server.substring(0, colon), servers);
        });
        return servers;
    }

    public static ConnectionString requireMongo(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        connection.getHosts().forEach(host -> {
            int colon = host.lastIndexOf(':');
            requireHost(colon < 0 || host.endsWith("]") ? host : host.substring(0, colon), uri);
        });
        return connection;
    }

    private static void requireHost(String host, String target) {
        if (host == null || !HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("traffic goes to 127.0.0.1/localhost only, not " + target);
        }
    }
}
