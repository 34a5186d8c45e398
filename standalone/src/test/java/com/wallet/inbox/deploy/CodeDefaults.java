package com.wallet.inbox.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The defaults a service's jar ships ({@code inbox-app.properties}, {@code inbox-worker.properties}, both
 * on this module's classpath): what the compose file has to agree with.
 */
record CodeDefaults(String resource, Properties properties) {

    /** {@code ${NAME:default}} with an environment-variable-like name (upper case), not a property key. */
    private static final Pattern ENVIRONMENT_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");

    static CodeDefaults of(String resource) throws IOException {
        try (InputStream in = CodeDefaults.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            var properties = new Properties();
            properties.load(in);
            return new CodeDefaults(resource, properties);
        }
    }

    String get(String key) {
        String value = properties.getProperty(key);
        assertThat(value).as(key + " in " + resource).isNotBlank();
        return value;
    }

    /** The environment variables the file reads, optionally only those of keys under a prefix. */
    Set<String> environmentVariables(String keyPrefix) {
        var names = new TreeSet<String>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(keyPrefix)) {
                var matcher = ENVIRONMENT_PLACEHOLDER.matcher(properties.getProperty(key));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }
}
