package com.wallet.inbox.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntakeStatsTest {

    private final IntakeStats stats = new IntakeStats();

    @Test
    void countsResultCodesAndRemembersAcceptedRequestIds() {
        stats.recordResponse(call("r1", false), System.nanoTime(), 200, accepted("m1"));
        stats.recordResponse(call("r2", false), System.nanoTime(), 200, failed("INVALID_ACCESS_TOKEN"));
        stats.recordResponse(call("r1", true), System.nanoTime(), 200, accepted("m1"));

        assertThat(stats.codeCounts()).containsEntry("ACCEPT", 2L).containsEntry("INVALID_ACCESS_TOKEN", 1L);
        assertThat(stats.acceptedRequestIds()).containsExactly("r1");
        assertThat(stats.repeats()).isEqualTo(1);
        assertThat(stats.messageIdMismatches()).isZero();
        assertThat(stats.completed()).isEqualTo(3);
    }

    @Test
    void everyAnswerButAcceptCountsAsNotAccepted() {
        stats.recordResponse(call("r1", false), System.nanoTime(), 200, accepted("m1"));
        assertThat(stats.notAccepted()).isZero();

        stats.recordResponse(call("r2", false), System.nanoTime(), 200, failed("REQUEST_TRAFFIC_EXCEED_LIMIT"));
        stats.recordResponse(call("r3", false), System.nanoTime(), 502, "<html>bad gateway</html>".getBytes(UTF_8));
        stats.recordFailure(call("r4", false), System.nanoTime(), new RuntimeException(new IOException("reset")));

        assertThat(stats.notAccepted()).isEqualTo(3);
    }

    @Test
    void countsARepeatAnsweredWithAnotherMessageId() {
        stats.recordResponse(call("r1", false), System.nanoTime(), 200, accepted("m1"));
        stats.recordResponse(call("r1", true), System.nanoTime(), 200, accepted("m2"));

        assertThat(stats.messageIdMismatches()).isEqualTo(1);
    }

    @Test
    void theNextPhaseStartsItsOwnFiguresButKeepsTheAcceptedRequestIds() {
        stats.recordResponse(call("r1", false), System.nanoTime(), 200, accepted("m1"));
        IntakeStats next = stats.nextPhase();
        next.recordResponse(call("r2", false), System.nanoTime(), 200, accepted("m2"));
        next.recordResponse(call("r1", true), System.nanoTime(), 200, accepted("m9"));

        assertThat(next.completed()).isEqualTo(2);
        assertThat(next.codeCounts()).containsExactlyEntriesOf(Map.of("ACCEPT", 2L));
        assertThat(next.repeats()).isEqualTo(1);
        assertThat(next.acceptedRequestIds()).containsExactlyInAnyOrder("r1", "r2");
        assertThat(next.messageIdMismatches()).isEqualTo(1);
        assertThat(stats.completed()).isEqualTo(1);
    }

    @Test
    void aBodyWithoutJsonCountsAsItsHttpStatus() {
        stats.recordResponse(call("r1", false), System.nanoTime(), 502, "<html>bad gateway</html>".getBytes(UTF_8));

        assertThat(stats.codeCounts()).containsOnlyKeys("HTTP_502");
        assertThat(stats.acceptedRequestIds()).isEmpty();
    }

    @Test
    void aTransportFailureCountsByItsCause() {
        stats.recordFailure(call("r1", false), System.nanoTime(), new RuntimeException(new IOException("reset")));

        assertThat(stats.codeCounts()).containsOnlyKeys("CLIENT_IOException");
    }

    private static Outgoing call(String requestId, boolean repeat) {
        return new Outgoing(requestId, new byte[0], repeat);
    }

    private static byte[] accepted(String messageId) {
        return ("{\"result\":{\"resultStatus\":\"A\",\"resultCode\":\"ACCEPT\",\"resultMessage\":\"ok\"},"
                        + "\"messageId\":\"" + messageId + "\"}")
                .getBytes(UTF_8);
    }

    private static byte[] failed(String code) {
        return ("{\"result\":{\"resultStatus\":\"F\",\"resultCode\":\"" + code + "\",\"resultMessage\":\"no\"}}")
                .getBytes(UTF_8);
    }
}
