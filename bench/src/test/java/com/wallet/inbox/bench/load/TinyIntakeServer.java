package com.wallet.inbox.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.SendInboxRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;

/**
 * A sendInbox endpoint on 127.0.0.1 that the tests steer: it can hold chosen calls until released, say
 * {@code Connection: close} every few answers (as Tomcat does after 100), and it notes what it saw.
 */
final class TinyIntakeServer implements AutoCloseable {

    static {
        // Read once per JVM: without it, small answers wait on Nagle's algorithm and each call takes ~40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    private final Map<Long, Long> arrivalNanos = new ConcurrentHashMap<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final LongPredicate hold;
    private final int closeEvery;

    /**
     * @param hold which call sequence numbers to hold until {@link #release()} or {@link #close()}
     * @param closeEvery answer with {@code Connection: close} every this many answers; 0 = never
     */
    TinyIntakeServer(LongPredicate hold, int closeEvery) throws IOException {
        this.hold = hold;
        this.closeEvery = closeEvery;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        server.setExecutor(threads);
        server.createContext("/v2/messages/sendInbox", this::handle);
        server.start();
    }

    static TinyIntakeServer answeringAll() throws IOException {
        return new TinyIntakeServer(sequence -> false, 0);
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            SendInboxRequest request = InboxJson.mapper().readValue(in.readAllBytes(), SendInboxRequest.class);
            long sequence = sequenceOf(request.requestId());
            arrivalNanos.put(sequence, System.nanoTime());
            if (hold.test(sequence)) {
                held.incrementAndGet();
                awaitRelease();
            }
            byte[] body = ("{\"result\":{\"resultStatus\":\"A\",\"resultCode\":\"ACCEPT\",\"resultMessage\":\"ok\"},"
                            + "\"messageId\":\"m-" + request.requestId() + "\"}")
                    .getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (closeEvery > 0 && answered.incrementAndGet() % closeEvery == 0) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            inFlight.decrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void awaitRelease() {
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sequence number at the end of a requestId made by {@link RequestSource}. */
    private static long sequenceOf(String requestId) {
        return Long.parseLong(requestId.substring(requestId.lastIndexOf('-') + 1));
    }

    void release() {
        release.countDown();
    }

    int held() {
        return held.get();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    /** When call {@code sequence} arrived, in {@link System#nanoTime()} terms; null if it did not. */
    Long arrivalNanos(long sequence) {
        return arrivalNanos.get(sequence);
    }

    /** How many client connections the calls came in on. */
    int connectionsSeen() {
        return clientPorts.size();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
