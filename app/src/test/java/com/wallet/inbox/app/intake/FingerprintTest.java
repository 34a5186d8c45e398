package com.wallet.inbox.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final TemplateCode CODE = new TemplateCode("TP_1");
    private static final Template EN = new Template(new LanguageTag("en-US"), Map.of("who", "Ann", "what", "news"));
    private static final Template ZH = new Template(new LanguageTag("zh-CN"), Map.of("who", "安"));

    @Test
    void ignoresTheAccessTokenBecauseItIsNotAnInput() {
        SendInboxCommand one = command("token-1", List.of(EN));
        SendInboxCommand other = command("token-2", List.of(EN));
        assertThat(of(one)).isEqualTo(of(other));
    }

    @Test
    void ignoresTemplateOrderAndLanguageCase() {
        Template enLower = new Template(new LanguageTag("en-us"), Map.of("what", "news", "who", "Ann"));
        assertThat(Fingerprint.of("u", CODE, List.of(EN, ZH), "x"))
                .isEqualTo(Fingerprint.of("u", CODE, List.of(ZH, enLower), "x"));
    }

    @Test
    void seesEveryContentChange() {
        Fingerprint base = Fingerprint.of("u", CODE, List.of(EN), "x");
        assertThat(Fingerprint.of("u2", CODE, List.of(EN), "x")).isNotEqualTo(base);
        assertThat(Fingerprint.of("u", new TemplateCode("TP_2"), List.of(EN), "x"))
                .isNotEqualTo(base);
        assertThat(Fingerprint.of("u", CODE, List.of(EN, ZH), "x")).isNotEqualTo(base);
        assertThat(Fingerprint.of(
                        "u",
                        CODE,
                        List.of(new Template(new LanguageTag("en-US"), Map.of("who", "Bob", "what", "news"))),
                        "x"))
                .isNotEqualTo(base);
        assertThat(Fingerprint.of("u", CODE, List.of(EN), "y")).isNotEqualTo(base);
        assertThat(Fingerprint.of("u", CODE, List.of(EN), null)).isNotEqualTo(base);
    }

    @Test
    void isSha256Hex() {
        assertThat(Fingerprint.of("u", CODE, List.of(EN), null).value()).matches("[0-9a-f]{64}");
    }

    private static SendInboxCommand command(String token, List<Template> templates) {
        return new SendInboxCommand(new AccessToken(token), null, new RequestId("r"), CODE, templates, null);
    }

    private static Fingerprint of(SendInboxCommand c) {
        return Fingerprint.of("u", c.templateCode(), c.templates(), c.extendInfo());
    }
}
