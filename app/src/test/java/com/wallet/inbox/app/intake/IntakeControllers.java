package com.wallet.inbox.app.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

/** The intake's merchant controllers over a stub service that accepts every valid command, for MockMvc standalone tests. */
public final class IntakeControllers {

    private IntakeControllers() {}

    public static List<Object> acceptingEverything() {
        SendInboxService service = mock(SendInboxService.class);
        when(service.send(any()))
                .thenReturn(new SendInboxService.Acceptance("0190f0e5b2a1abcdef0123456789abcd", false));
        return List.of(new SendInboxController(service), new MessageSendController(service));
    }

    public static String sample() {
        return SendInboxParserTest.SAMPLE;
    }

    public static String messageSendSample() {
        return MessageSendParserTest.SAMPLE;
    }
}
