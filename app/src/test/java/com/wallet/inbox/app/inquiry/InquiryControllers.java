package com.wallet.inbox.app.inquiry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import java.time.Instant;

/** The inquiry controller over a stub service that finds every valid request accepted, for MockMvc standalone tests. */
public final class InquiryControllers {

    private InquiryControllers() {}

    public static String sample() {
        return "{\"accessToken\":\"t-1\",\"authClientId\":\"c-1\",\"requestId\":\"r-1\"}";
    }

    public static Object answeringAccepted() {
        InquiryService service = mock(InquiryService.class);
        when(service.inquire(any(), any(), any()))
                .thenReturn(new InquiryResponse(
                        Result.of(ResultCode.SUCCESS),
                        "0190f0e5b2a1abcdef0123456789abcd",
                        InquiryResponse.MessageStatus.ACCEPTED,
                        null,
                        null,
                        Instant.parse("2026-01-01T00:00:00Z"),
                        null));
        return new InquiryController(service);
    }
}
