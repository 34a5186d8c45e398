package com.wallet.inbox.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wallet.inbox.standalone.fault.SendInboxCall.Answer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * Merchants sending a stream of sendInbox calls with distinct requestIds from several threads, and doing
 * what the contract asks of them: a call answered U, or not answered at all, is sent again with the same
 * requestId until it is answered. Each merchant starts with one of the apps and moves on to the next
 * one whenever a call is not answered, so a call that an app took down with it is retried against another.
 */
public final class MerchantStream implements AutoCloseable {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(250);
    // A safety net for one requestId across an outage and a restart on a slow machine.
    private static final Duration RETRY_LIMIT = Duration.ofMinutes(4);

    private final List<URI> apps;
    private final List<String> requestIds;
    private final int clients;
    private final ExecutorService executor;
    private final SendInboxCall call = new SendInboxCall();
    private final Map<String, String> accepted = new ConcurrentHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    private CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    public MerchantStream(List<URI> apps, String run, int requests, int clients) {
        this.apps = List.copyOf(apps);
        this.requestIds =
                IntStream.range(0, requests).mapToObj(i -> run + "-" + i).toList();
        this.clients = clients;
        this.executor = Executors.newFixedThreadPool(clients);
    }

    /** Sends every requestId once until answered, in the background. */
    public void start() {
        running = everyRequestId((requestId, app) -> sendInto(accepted, requestId, app));
    }

    /** Calls answered A so far: how far the stream has got. */
    public int accepted() {
        return accepted.size();
    }

    /** Attempts answered U or not at all so far: the stream felt the fault. */
    public int unanswered() {
        return unanswered.get();
    }

    public boolean isDone() {
        return running.isDone();
    }

    /** Waits for the end of the stream; every requestId must have been accepted, none refused. */
    public Map<String, String> awaitAllAccepted() {
        await().atMost(RETRY_LIMIT.multipliedBy(2)).until(running::isDone);
        running.join();
        assertThat(failures).as("calls answered F").isEmpty();
        assertThat(accepted).as("requestIds accepted").hasSize(requestIds.size());
        return Map.copyOf(accepted);
    }

    /** Sends every requestId again: each repeat answers the messageId of the first acceptance. */
    public void assertRepeatsAnswerTheSameMessageIds() {
        Map<String, String> repeats = new ConcurrentHashMap<>();
        CompletableFuture<Void> repeating = everyRequestId((requestId, app) -> sendInto(repeats, requestId, app));
        await().atMost(RETRY_LIMIT.multipliedBy(2)).until(repeating::isDone);
        repeating.join();
        assertThat(failures).as("repeats answered F").isEmpty();
        Map<String, String> different = new TreeMap<>();
        repeats.forEach((requestId, messageId) -> {
            if (!messageId.equals(accepted.get(requestId))) {
                different.put(requestId, accepted.get(requestId) + " then " + messageId);
            }
        });
        assertThat(different)
                .as("requestIds answered with another messageId when repeated")
                .isEmpty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** {@code send} gets each requestId once, with the index of the app its merchant currently calls. */
    private CompletableFuture<Void> everyRequestId(BiConsumer<String, AtomicInteger> send) {
        next.set(0);
        return CompletableFuture.allOf(IntStream.range(0, clients)
                .mapToObj(client -> CompletableFuture.runAsync(
                        () -> {
                            AtomicInteger app = new AtomicInteger(client);
                            for (int i = next.getAndIncrement(); i < requestIds.size(); i = next.getAndIncrement()) {
                                send.accept(requestIds.get(i), app);
                            }
                        },
                        executor))
                .toArray(CompletableFuture[]::new));
    }

    /** Refusals are collected rather than thrown, so that one does not stop the other merchants. */
    private void sendInto(Map<String, String> answers, String requestId, AtomicInteger app) {
        Answer answer = sendUntilAnswered(requestId, app);
        if (answer.status() == Answer.Status.ACCEPTED) {
            answers.put(requestId, answer.detail());
        } else {
            failures.add(requestId + ": " + answer.detail());
        }
    }

    private Answer sendUntilAnswered(String requestId, AtomicInteger app) {
        Answer[] answer = {attempt(requestId, app)};
        if (answer[0].status() == Answer.Status.UNKNOWN) {
            await().atMost(RETRY_LIMIT)
                    .pollInSameThread()
                    .pollDelay(RETRY_PAUSE)
                    .pollInterval(RETRY_PAUSE)
                    .until(() -> (answer[0] = attempt(requestId, app)).status() != Answer.Status.UNKNOWN);
        }
        return answer[0];
    }

    private Answer attempt(String requestId, AtomicInteger app) {
        Answer answer = call.send(apps.get(app.get() % apps.size()), requestId);
        if (answer.status() == Answer.Status.UNKNOWN) {
            unanswered.incrementAndGet();
            app.incrementAndGet();
        }
        return answer;
    }
}
