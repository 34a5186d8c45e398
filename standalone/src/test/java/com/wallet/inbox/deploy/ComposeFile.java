package com.wallet.inbox.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The repository's docker-compose.yml as plain maps, with the few accessors the checks need. */
record ComposeFile(Path repositoryRoot, Map<String, Object> root) {

    static final String FILE_NAME = "docker-compose.yml";

    /** Walks up from the working directory (the module's, under Maven) to the directory holding the file. */
    static ComposeFile load() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(FILE_NAME))) {
            dir = dir.getParent();
        }
        assertThat(dir).as(FILE_NAME + " above " + Path.of("").toAbsolutePath()).isNotNull();
        try (Reader reader = Files.newBufferedReader(dir.resolve(FILE_NAME))) {
            Map<String, Object> root = new Yaml().load(reader);
            return new ComposeFile(dir, root);
        }
    }

    Map<String, Object> services() {
        return map(root, "services");
    }

    Map<String, Object> service(String name) {
        assertThat(services()).as("services").containsKey(name);
        return map(services(), name);
    }

    /** Both compose syntaxes: a map, or a list of NAME=value. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        var result = new LinkedHashMap<String, String>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> result.put(String.valueOf(name), String.valueOf(value)));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = String.valueOf(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return result;
    }

    /** The command (string or list form) joined into one line. */
    static String command(Map<String, Object> service) {
        Object command = service.get("command");
        if (command instanceof List<?> parts) {
            return String.join(" ", parts.stream().map(String::valueOf).toList());
        }
        return command == null ? "" : String.valueOf(command);
    }

    /** The image's repository without its tag. */
    String imageRepository(String service) {
        String image = String.valueOf(service(service).get("image"));
        int tag = image.lastIndexOf(':');
        return tag > image.lastIndexOf('/') ? image.substring(0, tag) : image;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
