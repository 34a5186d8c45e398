package com.wallet.inbox.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the compose file is checked the way ops would read it, against what the
 * code expects: the names and defaults come from the services' own properties files, not from this test.
 */
class ComposeFileTest {

    private static final List<String> SERVICES_OF_THE_REPOSITORY = List.of("app", "worker");
    private static final Pattern TOPIC_CREATION = Pattern.compile("--topic\\s+(\\S+)\\s+--partitions\\s+(\\d+)");

    private static ComposeFile compose;
    private static CodeDefaults app;
    private static CodeDefaults worker;

    @BeforeAll
    static void load() throws IOException {
        compose = ComposeFile.load();
        app = CodeDefaults.of("inbox-app.properties");
        worker = CodeDefaults.of("inbox-worker.properties");
    }

    @Test
    void runsTheOfficialKafkaAndMongoImages() {
        assertThat(compose.services()).containsKeys("kafka", "mongo", "app", "worker");
        assertThat(compose.imageRepository("kafka")).isEqualTo("apache/kafka");
        assertThat(compose.imageRepository("mongo")).isEqualTo("mongo");
        assertThat(compose.service("mongo")).as("mongo volumes").containsKey("volumes");
    }

    @Test
    void createsTheTopicsWithTheNamesAndPartitionsTheServicesUse() {
        for (String key : List.of("inbox.kafka.topic", "inbox.kafka.dead-letter-topic", "inbox.kafka.partitions")) {
            assertThat(worker.get(key)).as(key + " of app and worker").isEqualTo(app.get(key));
        }
        var created = new java.util.HashMap<String, Integer>();
        for (Object service : compose.services().values()) {
            @SuppressWarnings("unchecked")
            var matcher = TOPIC_CREATION.matcher(ComposeFile.command((Map<String, Object>) service));
            while (matcher.find()) {
                created.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
            }
        }
        int partitions = Integer.parseInt(app.get("inbox.kafka.partitions"));
        assertThat(created)
                .as("topics created by kafka-topics.sh --create")
                .containsEntry(app.get("inbox.kafka.topic"), partitions)
                .containsEntry(app.get("inbox.kafka.dead-letter-topic"), partitions);
    }

    @Test
    void setsEveryEnvironmentVariableTheServicesRead() {
        assertThat(app.environmentVariables(""))
                .contains("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI", "INBOX_ADMIN_TOKEN", "INBOX_READER_TOKEN");
        assertThat(compose.environment("app"))
                .containsKeys(app.environmentVariables("").toArray(String[]::new));
        assertThat(worker.environmentVariables("")).contains("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
        assertThat(compose.environment("worker"))
                .containsKeys(worker.environmentVariables("").toArray(String[]::new));
    }

    /** The app refuses to start without its secrets; compose should say so before it even tries. */
    @Test
    void requiresTheSecretsFromTheOperator() {
        var secrets = app.environmentVariables("inbox.security.");
        assertThat(secrets).isNotEmpty();
        for (String secret : secrets) {
            assertThat(compose.environment("app").get(secret)).as(secret).startsWith("${" + secret + ":?");
        }
    }

    @Test
    void buildsAppAndWorkerFromTheRepositoryToRunAsNonRoot() throws IOException {
        for (String service : SERVICES_OF_THE_REPOSITORY) {
            var build = ComposeFile.map(compose.service(service), "build");
            Path context = compose.repositoryRoot().resolve(String.valueOf(build.get("context")));
            assertThat(context.normalize()).as(service + " build context").isEqualTo(compose.repositoryRoot());
            Path dockerfile = context.resolve(String.valueOf(build.get("dockerfile")));
            assertThat(dockerfile).as(service + " Dockerfile").isRegularFile();
            assertThat(userOfFinalStage(Files.readAllLines(dockerfile)))
                    .as(service + " USER of the final stage")
                    .isNotEmpty()
                    .doesNotStartWith("root")
                    .doesNotMatch("0(:.*)?");
        }
    }

    @Test
    void checksTheHealthOfEveryLongRunningService() {
        for (String service : List.of("kafka", "mongo", "app", "worker")) {
            var healthcheck = ComposeFile.map(compose.service(service), "healthcheck");
            assertThat(healthcheck).as(service + " healthcheck").containsKey("test");
            assertThat(healthcheck.get("disable"))
                    .as(service + " healthcheck disabled")
                    .isNotEqualTo(true);
            assertThat(String.valueOf(healthcheck.get("test"))).as(service).doesNotContain("NONE");
        }
    }

    /** The worker's own port and readiness group, from its properties: what its health check has to ask. */
    @Test
    void checksTheWorkersReadinessOnItsActuatorPort() {
        assertThat(worker.get("management.endpoint.health.group.readiness.include"))
                .contains("mongoPing")
                .contains("kafka");
        assertThat(worker.get("management.endpoints.web.exposure.include")).contains("health");
        String port = compose.environment("worker").get(workerPortVariable());
        assertThat(port).as("worker port in compose").matches("\\d+");
        var test = String.valueOf(
                ComposeFile.map(compose.service("worker"), "healthcheck").get("test"));
        assertThat(test).contains("http://localhost:" + port + "/actuator/health/readiness");
    }

    @Test
    void startsTheServicesOnlyOnceKafkaAndMongoAreHealthy() {
        for (String service : SERVICES_OF_THE_REPOSITORY) {
            var dependsOn = ComposeFile.map(compose.service(service), "depends_on");
            for (String dependency : List.of("kafka", "mongo")) {
                assertThat(ComposeFile.map(dependsOn, dependency))
                        .as(service + " depends on " + dependency)
                        .containsEntry("condition", "service_healthy");
            }
        }
    }

    @Test
    void publishesTheAppPort() {
        String port = app.properties().getProperty("server.port", "8080");
        assertThat(ports("app"))
                .as("app ports")
                .anySatisfy(
                        mapping -> assertThat(mapping).as("host:container").matches("(.+:)?\\d+:" + port + "(/tcp)?"));
    }

    /** {@code --scale worker=3} needs containers that differ in nothing but their generated name. */
    @Test
    void letsTheWorkerScale() {
        assertThat(compose.service("worker")).doesNotContainKeys("container_name", "ports", "hostname");
    }

    /** {@code server.port=${WORKER_PORT:8081}}: the variable that sets the worker's port. */
    private static String workerPortVariable() {
        var matcher = Pattern.compile("\\$\\{([A-Z_]+):\\d+}").matcher(worker.get("server.port"));
        assertThat(matcher.matches())
                .as("server.port of the worker reads a variable")
                .isTrue();
        return matcher.group(1);
    }

    private List<String> ports(String service) {
        Object ports = compose.service(service).get("ports");
        assertThat(ports).as(service + " ports").isInstanceOf(List.class);
        return ((List<?>) ports)
                .stream()
                        .map(port -> port instanceof Map<?, ?> mapping
                                ? mapping.get("published") + ":" + mapping.get("target")
                                : String.valueOf(port))
                        .toList();
    }

    private static String userOfFinalStage(List<String> dockerfile) {
        String user = "";
        for (String line : dockerfile) {
            String instruction = line.strip();
            if (instruction.regionMatches(true, 0, "FROM ", 0, 5)) {
                user = "";
            } else if (instruction.regionMatches(true, 0, "USER ", 0, 5)) {
                user = instruction.substring(5).strip();
            }
        }
        return user;
    }
}
