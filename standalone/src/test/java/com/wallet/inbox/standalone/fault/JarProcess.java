package com.wallet.inbox.standalone.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One of the executable jars run as a child process of the test JVM, with its output in a log file under
 * {@code target/}. It can be killed hard: {@link #kill()} sends SIGKILL on Linux, so the child gets no
 * chance to flush, commit or say goodbye.
 */
public final class JarProcess implements AutoCloseable {

    // A safety net for a JVM starting Spring on a loaded 2-core machine.
    private static final Duration START = Duration.ofMinutes(3);
    private static final Path LOGS = Path.of("target", "fault-logs");
    // Only what a JVM needs: nothing inherited may point the child at other services (MONGODB_URI, ...).
    private static final List<String> INHERITED = List.of("PATH", "HOME", "TMPDIR", "LANG");

    private final String name;
    private final Process process;
    private final Path log;
    private @Nullable HttpRequest readiness;

    private JarProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** A jar of this build, {@code module/target/jar}; the modules are siblings of the standalone's directory. */
    public static Path jar(String module, String jar) {
        Path path = Path.of("..", module, "target", jar).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing: these tests run the executable jars; build them "
                    + "from the root of the repository first (mvn -DskipTests package, or mvn verify)");
        }
        return path;
    }

    public static JarProcess start(String name, Path jar, Map<String, String> environment, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // C1 only and the serial collector: a quicker start on two busy cores; nothing tested here
        // depends on peak throughput.
        command.addAll(List.of(
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> childEnvironment = builder.environment();
        childEnvironment.keySet().retainAll(INHERITED);
        childEnvironment.putAll(environment);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve(name + "-" + System.currentTimeMillis() + ".log");
            builder.redirectOutput(log.toFile());
            return new JarProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " from " + jar, e);
        }
    }

    /** How {@link #awaitReady()} tells that the process serves: {@code url} answers HTTP 200. */
    public JarProcess readyWhenOk(URI url, String... headers) {
        HttpRequest.Builder get = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5));
        this.readiness = (headers.length == 0 ? get : get.headers(headers)).build();
        return this;
    }

    /** Fails at once, naming the log, if the process exits first. */
    public JarProcess awaitReady() {
        HttpRequest request = Objects.requireNonNull(readiness, "readyWhenOk was not called");
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        await().atMost(START).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(this + " exited with " + process.exitValue() + " before it was ready");
            }
            try {
                return http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        return this;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, then waits until the process is gone, so that its ports and files are free again. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException(this + " still runs a minute after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whatever happened to the test, the child does not outlive it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", log " + log + ")";
    }
}
