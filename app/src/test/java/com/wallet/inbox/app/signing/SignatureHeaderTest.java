package com.wallet.inbox.app.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.wallet.inbox.app.support.SdkSigner;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureHeaderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "signature=abc",
                "algorithm=RSA1, keyVersion=1, signature=abc",
                "algorithm=RSA256, keyVersion=1",
                "algorithm=RSA256, keyVersion=1, signature=",
                "algorithm=RSA256, keyVersion=1, signature=%%%",
                "algorithm=RSA256, keyVersion=1, signature=not*base64"
            })
    void refusesMalformedHeaders(String header) {
        assertThatExceptionOfType(InvalidSignature.class).isThrownBy(() -> SignatureHeader.parse(header));
    }

    @Test
    void verifiesWhatTheSdkSignsAndNothingElse() {
        SdkSigner sdk = new SdkSigner();
        String header = sdk.signature("POST", "/v2/messages/sendInbox", "c-1", "2026-01-01T00:00:00Z", "{\"a\":1}");
        SignatureHeader parsed = SignatureHeader.parse(header);
        KeyPair keys = sdk.keys;

        assertThat(parsed.keyVersion()).isEqualTo("1");
        assertThat(RsaSignatures.verify(
                        keys.getPublic(),
                        RsaSignatures.content(
                                "POST", "/v2/messages/sendInbox", "c-1", "2026-01-01T00:00:00Z", "{\"a\":1}"),
                        parsed.signature()))
                .isTrue();
        assertThat(RsaSignatures.verify(
                        keys.getPublic(),
                        RsaSignatures.content(
                                "POST", "/v2/messages/sendInbox", "c-1", "2026-01-01T00:00:00Z", "{\"a\":2}"),
                        parsed.signature()))
                .isFalse();
    }

    @Test
    void theServiceSignsTheWayTheSdkVerifies() {
        SdkSigner sdk = new SdkSigner();
        String content = RsaSignatures.content("POST", "/v2/x", "c-1", "2026-01-01T00:00:00Z", "{}");
        String header = SignatureHeader.format("1", RsaSignatures.sign(sdk.keys.getPrivate(), content));

        assertThat(SdkSigner.verifies(sdk.publicKeyBase64(), content, header)).isTrue();
    }
}
