package com.wallet.inbox.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.InboxAppApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class StructuredLoggingTest {

    @Test
    void theAppLogsEcsJsonUnlessTold() {
        StandardEnvironment environment = new StandardEnvironment();

        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication(InboxAppApplication.class));

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("logging.structured.ecs.service.name"))
                .isEqualTo("inbox-app");
    }

    @Test
    void aSettingOfTheOperatorWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("env", Map.of("logging.structured.format.console", "logstash")));

        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication(InboxAppApplication.class));

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("logstash");
    }

    @Test
    void otherApplicationsInTheSameJvmAreLeftAlone() {
        StandardEnvironment environment = new StandardEnvironment();

        new StructuredLogging().postProcessEnvironment(environment, new SpringApplication(Object.class));

        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }
}
