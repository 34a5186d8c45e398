package com.wallet.inbox.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The standalone against the services CI names: it starts neither broker nor store of its own. */
@EnabledIfEnvironmentVariable(named = "KAFKA_BOOTSTRAP_SERVERS", matches = ".+")
@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
class StandaloneExternalServicesIT {

    @Test
    void deliversTheSampleOnceAndAnswersARepeatWithTheSameMessageId() {
        int serverPort = FreePorts.pick(1)[0];
        try (Standalone standalone = new Standalone();
                SendInboxScenario scenario = new SendInboxScenario(serverPort, System.getenv("MONGODB_URI"))) {
            standalone.start("--server.port=" + serverPort);
            String messageId = scenario.sendSampleAndAwaitDelivery();
            scenario.assertRepeatAnswers(messageId);
        }
    }
}
