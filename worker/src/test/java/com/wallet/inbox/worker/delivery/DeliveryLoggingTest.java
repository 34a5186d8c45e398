package com.wallet.inbox.worker.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import com.wallet.inbox.schemas.ContentTemplate;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import com.wallet.inbox.worker.deadletter.DeadLetters;
import com.wallet.inbox.worker.deadletter.FailedRecord;
import com.wallet.inbox.worker.render.MessageRenderer;
import com.wallet.inbox.worker.support.TestData;
import com.wallet.inbox.worker.template.TemplateVersions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The worker's log lines as its jar writes them (Spring Boot's ECS JSON on the console): every line about
 * a message carries its messageId, requestId and authClientId, and what the message says never appears.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeliveryLoggingTest {

    private static final String SECRET_PARAMETER = "Secret-Parameter-Value-4711";

    private final TemplateVersions templates = mock(TemplateVersions.class);
    private final MessageStore store = mock(MessageStore.class);
    private final DeadLetters deadLetters = mock(DeadLetters.class);
    private final Clock clock = Clock.systemUTC();
    private final DeliveryListener listener = new DeliveryListener(
            new MessageAssembler(templates, new MessageRenderer(), clock),
            store,
            deadLetters,
            new DeliveryMetrics(new SimpleMeterRegistry(), clock));

    private final Logger workerLogger = (Logger) LoggerFactory.getLogger("com.wallet.inbox.worker");
    private final Logger listenerLogger = (Logger) LoggerFactory.getLogger(DeliveryListener.class);
    private ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> json;

    @BeforeEach
    void logAsTheJarDoes() {
        when(templates.find(anyString(), anyLong())).thenReturn(Optional.of(greeting()));
        when(store.insertAll(anyList())).thenAnswer(call -> call.getArgument(0));
        // The encoder's own logger context: it needs the Spring environment Spring Boot would put there.
        var encoderContext = new LoggerContext();
        encoderContext.putObject(Environment.class.getName(), new MockEnvironment());
        var encoder = new StructuredLogEncoder();
        encoder.setContext(encoderContext);
        encoder.setFormat("ecs");
        encoder.start();
        json = new ConsoleAppender<>();
        json.setContext(workerLogger.getLoggerContext());
        json.setEncoder(encoder);
        json.start();
        workerLogger.addAppender(json);
    }

    @AfterEach
    void detach() {
        listenerLogger.setLevel(null);
        workerLogger.detachAppender(json);
        json.stop();
    }

    @Test
    void atInfoABatchLogsOneLineWithItsCountsAndNoneForEachStoredMessage(CapturedOutput output) {
        var first = event(Map.of("who", SECRET_PARAMETER));
        var second = event(Map.of("who", "someone"));
        var missingParameter = event(Map.of("name", "someone"));

        listener.deliver(List.of(record(first), record(second), record(missingParameter)), mock(Consumer.class));

        var lines = jsonLines(output);
        assertThat(lines)
                .noneSatisfy(line -> assertThat(line.path("message").asString()).startsWith("Message stored"));
        assertThat(lines)
                .filteredOn(line -> line.path("message").asString().startsWith("Batch of"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.path("message").asString())
                            .isEqualTo("Batch of 3 record(s) done: 2 stored, 0 already stored, 1 dead-lettered");
                    assertThat(field(line, MessageLog.BATCH_SIZE)).isEqualTo("3");
                    assertThat(line.has(MessageLog.MESSAGE_ID))
                            .as("no message's ids")
                            .isFalse();
                });
        assertThat(output.getAll()).doesNotContain(SECRET_PARAMETER);
        assertThat(MDC.getCopyOfContextMap()).as("MDC after the batch").isNullOrEmpty();
    }

    @Test
    void atDebugAStoredMessagesLineCarriesItsIdsAndNeverItsParameters(CapturedOutput output) {
        listenerLogger.setLevel(Level.DEBUG);
        var event = event(Map.of("who", SECRET_PARAMETER));

        listener.deliver(List.of(record(event)), mock(Consumer.class));

        var stored = jsonLines(output).stream()
                .filter(line -> line.path("message").asString().startsWith("Message stored"))
                .toList();
        assertThat(stored).hasSize(1);
        assertThat(field(stored.get(0), MessageLog.MESSAGE_ID)).isEqualTo(event.messageId());
        assertThat(field(stored.get(0), MessageLog.REQUEST_ID)).isEqualTo(event.requestId());
        assertThat(field(stored.get(0), MessageLog.AUTH_CLIENT_ID)).isEqualTo(event.authClientId());
        assertThat(field(stored.get(0), MessageLog.BATCH_SIZE)).isEqualTo("1");
        assertThat(output.getAll()).doesNotContain(SECRET_PARAMETER).doesNotContain("Hello " + SECRET_PARAMETER);
        assertThat(MDC.getCopyOfContextMap()).as("MDC after the batch").isNullOrEmpty();
    }

    @Test
    void atInfoARedeliveredMessageIsStillLoggedWithItsIds(CapturedOutput output) {
        var stored = event(Map.of("who", "someone"));
        var redelivered = event(Map.of("who", SECRET_PARAMETER));
        var onlyNew = List.of(assembled(stored));
        when(store.insertAll(anyList())).thenReturn(onlyNew);

        listener.deliver(List.of(record(stored), record(redelivered)), mock(Consumer.class));

        assertThat(jsonLines(output))
                .filteredOn(line -> line.path("message").asString().startsWith("Message was already stored"))
                .singleElement()
                .satisfies(
                        line -> assertThat(field(line, MessageLog.MESSAGE_ID)).isEqualTo(redelivered.messageId()));
        assertThat(jsonLines(output))
                .filteredOn(line -> line.path("message").asString().startsWith("Batch of"))
                .singleElement()
                .satisfies(line -> assertThat(line.path("message").asString())
                        .isEqualTo("Batch of 2 record(s) done: 1 stored, 1 already stored, 0 dead-lettered"));
        assertThat(output.getAll()).doesNotContain(SECRET_PARAMETER);
    }

    @Test
    void aFailedRecordKeepsItsIdsForItsDeadLetterLine() {
        var missingParameter = event(Map.of("name", SECRET_PARAMETER));
        var unreadable = new ConsumerRecord<String, byte[]>("t", 0, 1, "u-1", "{".getBytes());

        listener.deliver(List.of(record(missingParameter), unreadable), mock(Consumer.class));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<FailedRecord>> failures = ArgumentCaptor.forClass(List.class);
        verify(deadLetters).fail(failures.capture(), any());
        assertThat(failures.getValue()).hasSize(2);
        assertThat(failures.getValue().get(0).logContext())
                .containsEntry(MessageLog.MESSAGE_ID, missingParameter.messageId())
                .containsEntry(MessageLog.REQUEST_ID, missingParameter.requestId())
                .containsEntry(MessageLog.AUTH_CLIENT_ID, missingParameter.authClientId());
        assertThat(failures.getValue().get(0).reason()).doesNotContain(SECRET_PARAMETER);
        assertThat(failures.getValue().get(1).logContext())
                .as("nothing known of an unreadable record, nothing left from the one before")
                .isEmpty();
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        return output.getOut()
                .lines()
                .filter(line -> line.startsWith("{"))
                .map(line -> InboxJson.mapper().readTree(line))
                .toList();
    }

    /** Spring Boot's ECS format writes each MDC entry as a top-level member. */
    private static String field(JsonNode line, String key) {
        return line.path(key).asString();
    }

    private static InboxSendEvent event(Map<String, String> parameters) {
        return TestData.event("u-1", 1, List.of(new ContentTemplate("en-US", parameters)));
    }

    /** What the store answers as newly inserted: only the messageId is compared. */
    private InboxMessage assembled(InboxSendEvent event) {
        return new MessageAssembler(templates, new MessageRenderer(), clock).assemble(event);
    }

    private static ConsumerRecord<String, byte[]> record(InboxSendEvent event) {
        return new ConsumerRecord<>("t", 0, 0, event.userId(), TestData.json(event));
    }

    private static TemplateVersion greeting() {
        return new TemplateVersion(
                TestData.TEMPLATE,
                1,
                null,
                "en-US",
                List.of(new TemplateVariant("en-US", "Hello {{who}}", "Hi {{who}}", null)),
                Instant.EPOCH);
    }
}
