package com.wallet.inbox.standalone.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.wallet.inbox.standalone.FreePorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar (broker, H2 store, app and worker in one process) is killed with SIGKILL in the
 * middle of a stream of calls and started again on the same data directory. Whatever the process had
 * acknowledged (an A to a merchant, a stored batch whose offsets it then committed) must have been on
 * disk: nothing accepted is missing afterwards, nothing is stored twice, and a repeated requestId still
 * answers its first messageId.
 */
class StandaloneKillIT {

    private static final int REQUESTS = 3000;
    private static final int CLIENTS = 8;
    private static final String ADMIN_TOKEN = "fault-admin-token";
    private static final String DEMO_TEMPLATE = "/admin/v1/templates/TP_5800000001xxxx";

    @TempDir
    Path dataDir;

    private final int[] ports = FreePorts.pick(3);
    private final List<JarProcess> processes = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        processes.forEach(JarProcess::close);
    }

    @Test
    void nothingAcceptedIsLostOrStoredTwiceAcrossAKillAndARestart() throws Exception {
        Path jar = JarProcess.jar("standalone", "inbox-standalone.jar");
        JarProcess first = start(jar);
        try (MerchantStream merchants = new MerchantStream(List.of(app()), "standalone-kill", REQUESTS, CLIENTS)) {
            merchants.start();
            await().atMost(Duration.ofMinutes(3)).until(() -> merchants.accepted() >= REQUESTS / 4);
            first.kill();
            assertThat(merchants.isDone()).as("the stream is still running").isFalse();

            start(jar);
            Map<String, String> accepted = merchants.awaitAllAccepted();
            assertThat(merchants.unanswered())
                    .as("calls the kill left unanswered")
                    .isPositive();
            merchants.assertRepeatsAnswerTheSameMessageIds();
            Delivery.assertStoredExactlyOnce("127.0.0.1:" + ports[1], "mongodb://127.0.0.1:" + ports[2], accepted);
        }
    }

    /** Ready once the demo data is seeded: the merchants' access token and template exist. */
    private JarProcess start(Path jar) {
        JarProcess standalone = JarProcess.start(
                "standalone",
                jar,
                Map.of("INBOX_ADMIN_TOKEN", ADMIN_TOKEN, "INBOX_READER_TOKEN", "fault-reader-token"),
                List.of(
                        "--server.port=" + ports[0],
                        "--inbox.standalone.kafka-port=" + ports[1],
                        "--inbox.standalone.mongo-port=" + ports[2],
                        "--inbox.standalone.data-dir=" + dataDir));
        processes.add(standalone);
        return standalone
                .readyWhenOk(app().resolve(DEMO_TEMPLATE), "Authorization", "Bearer " + ADMIN_TOKEN)
                .awaitReady();
    }

    private URI app() {
        return URI.create("http://127.0.0.1:" + ports[0]);
    }
}
