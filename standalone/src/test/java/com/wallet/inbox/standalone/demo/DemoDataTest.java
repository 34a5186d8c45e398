package com.wallet.inbox.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo template and the sample request fit each other in every language the template has. */
class DemoDataTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

    private final JsonNode sample = JsonMapper.builder().build().readTree(ReadyBanner.sampleRequest());

    @Test
    void everyLanguageOfTheTemplateUsesExactlyTheParametersTheSampleGives() {
        Set<String> given = new HashSet<>();
        sample.path("templates")
                .forEach(t -> given.addAll(t.path("templateParameters").propertyNames()));

        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> contents =
                (Map<String, Map<String, String>>) DemoData.template().get("contents");
        assertThat(contents).containsOnlyKeys("en-US", "zh-CN");
        contents.forEach((language, content) -> {
            assertThat(placeholders(content.get("title")))
                    .as(language + " title")
                    .isEqualTo(given);
            assertThat(placeholders(content.get("content")))
                    .as(language + " content")
                    .isEqualTo(given);
        });
    }

    @Test
    void theSampleRequestNamesTheDemoRecords() {
        assertThat(sample.path("accessToken").asString()).isEqualTo(DemoData.ACCESS_TOKEN);
        assertThat(sample.path("authClientId").asString()).isEqualTo(DemoData.CLIENT_ID);
        assertThat(sample.path("templateCode").asString()).isEqualTo(DemoData.TEMPLATE_CODE);
        assertThat(DemoData.template().get("defaultLanguage")).isEqualTo("en-US");
    }

    @Test
    void theBannerCarriesTheSampleVerbatimAndTheTestsUseTheSameCopy() throws IOException {
        String banner = ReadyBanner.render(
                8080, "127.0.0.1:9092", "mongodb://127.0.0.1:27017/inbox", java.time.Duration.ofMillis(1500));

        assertThat(banner)
                .contains("curl -s -X POST http://localhost:8080/v2/messages/sendInbox")
                .contains(ReadyBanner.sampleRequest().strip())
                .contains("mongosh mongodb://127.0.0.1:27017/inbox --eval 'db.inbox_messages.find()'")
                .contains("ready in 1.5 s");
        try (InputStream testCopy = getClass().getResourceAsStream("/sendInbox-sample-request.json")) {
            assertThat(testCopy).isNotNull();
            assertThat(new String(testCopy.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(ReadyBanner.sampleRequest());
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
