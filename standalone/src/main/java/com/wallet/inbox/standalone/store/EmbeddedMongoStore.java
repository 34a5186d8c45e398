package com.wallet.inbox.standalone.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A MongoDB-wire server on 127.0.0.1 that {@code mongosh} and the MongoDB driver talk to. */
public final class EmbeddedMongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoStore.class);
    private static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final MongoBackend backend;
    private final int port;

    private EmbeddedMongoStore(MongoBackend backend, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        this.port = port;
    }

    /** Keeps the data in an H2 MVStore file, written before each answer, so a restart finds it again. */
    public static EmbeddedMongoStore persistent(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of " + file, e);
        }
        EmbeddedMongoStore store = new EmbeddedMongoStore(new CommittingH2Backend(file), port).listen();
        log.info("MongoDB-wire store listening on {}:{} (data in {})", HOST, port, file);
        return store;
    }

    /**
     * Forgets everything at shutdown; for benchmarks, where the disk would be the bottleneck. Documents are
     * kept as BSON bytes ({@link CompactMemoryBackend}), which G1 copies as one object each.
     */
    public static EmbeddedMongoStore inMemory(int port) {
        EmbeddedMongoStore store = new EmbeddedMongoStore(new CompactMemoryBackend(), port).listen();
        log.info("MongoDB-wire store listening on {}:{} (in memory)", HOST, port);
        return store;
    }

    public String connectionString(String database) {
        return "mongodb://" + HOST + ":" + port + "/" + database;
    }

    /** Closes the connections, then the backend, which commits the H2 file. */
    @Override
    public void close() {
        server.shutdown();
        log.info("MongoDB-wire store stopped");
    }

    private EmbeddedMongoStore listen() {
        try {
            server.bind(HOST, port);
            return this;
        } catch (Exception e) { // Netty throws java.net.BindException without declaring it
            server.shutdownNow();
            backend.close();
            throw new IllegalStateException(
                    "Cannot listen on " + HOST + ":" + port + " for the MongoDB-wire store: " + e.getMessage(), e);
        }
    }
}
