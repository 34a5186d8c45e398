package com.wallet.inbox.app.intake;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoTimeoutException;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract of sendInbox: status codes, the result envelope, the field named, never a 500. */
@WebMvcTest(
        controllers = SendInboxController.class,
        properties = {"inbox.security.admin-token=a", "inbox.security.reader-token=r"})
@org.springframework.context.annotation.Import({
    com.wallet.inbox.app.web.WebSliceImports.class,
})
class SendInboxControllerWebTest {

    private static final String URL = "/v2/messages/sendInbox";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SendInboxService service;

    static Stream<Arguments> badBodies() {
        return SendInboxParserTest.badBodies();
    }

    @ParameterizedTest
    @MethodSource("badBodies")
    void badInputAnswers200WithTheCodeAndTheField(String body, ResultCode code, String field) throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.result.resultStatus").value("F"))
                .andExpect(jsonPath("$.result.resultCode").value(code.name()))
                .andExpect(jsonPath("$.result.resultMessage").value(org.hamcrest.Matchers.startsWith(field + " ")));
    }

    @Test
    void acceptedAnswersTheMessageIdAndEchoesExtendInfo() throws Exception {
        given(service.send(any()))
                .willReturn(new SendInboxService.Acceptance("0190f0e5b2a1abcdef0123456789abcd", false));
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Idempotency-Replay"))
                .andExpect(jsonPath("$.result.resultStatus").value("A"))
                .andExpect(jsonPath("$.result.resultCode").value("ACCEPT"))
                .andExpect(jsonPath("$.messageId").value("0190f0e5b2a1abcdef0123456789abcd"))
                .andExpect(jsonPath("$.extendInfo").value("This is additional information"));
    }

    @Test
    void replayIsMarkedWithAHeader() throws Exception {
        given(service.send(any()))
                .willReturn(new SendInboxService.Acceptance("0190f0e5b2a1abcdef0123456789abcd", true));
        mvc.perform(post(URL).contentType("application/json;charset=UTF-8").content(SendInboxParserTest.SAMPLE))
                .andExpect(header().string("Idempotency-Replay", "true"));
    }

    @Test
    void businessRefusalsUseTheirCode() throws Exception {
        given(service.send(any())).willThrow(new Rejection(ResultCode.USER_STATUS_ERROR));
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resultCode").value("USER_STATUS_ERROR"));
    }

    @Test
    void storeOutageAndUnexpectedErrorsAnswerUnknownNot500() throws Exception {
        given(service.send(any())).willThrow(new MongoTimeoutException("down"));
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resultStatus").value("U"))
                .andExpect(jsonPath("$.result.resultCode").value("UNKNOWN_EXCEPTION"));

        willThrow(new IllegalStateException("bug")).given(service).send(any());
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resultCode").value("UNKNOWN_EXCEPTION"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("bug"))));
    }

    @Test
    void wrongMethodIs405WithAResult() throws Exception {
        mvc.perform(get(URL))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.result.resultCode").value("METHOD_NOT_SUPPORTED"));
        mvc.perform(put(URL).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.result.resultCode").value("METHOD_NOT_SUPPORTED"));
    }

    @Test
    void wrongOrMissingContentTypeIs415WithAResult() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.TEXT_PLAIN).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.result.resultCode").value("MEDIA_TYPE_NOT_ACCEPTABLE"));
        mvc.perform(post(URL).content(SendInboxParserTest.SAMPLE))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.result.resultCode").value("MEDIA_TYPE_NOT_ACCEPTABLE"));
    }

    @Test
    void bodyOver64KiBIsIllegalNamingTheBody() throws Exception {
        String huge = "{\"extendInfo\":\"" + "x".repeat(64 * 1024) + "\"}";
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resultCode").value("PARAM_ILLEGAL"))
                .andExpect(jsonPath("$.result.resultMessage").value(org.hamcrest.Matchers.startsWith("body ")));
    }

    @Test
    void anOddAcceptHeaderStillGetsJson() throws Exception {
        mvc.perform(post(URL)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.TEXT_HTML)
                        .content("{"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.resultCode").value("PARAM_ILLEGAL"));
    }
}
