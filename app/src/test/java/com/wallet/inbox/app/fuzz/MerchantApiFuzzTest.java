package com.wallet.inbox.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.inquiry.InquiryControllers;
import com.wallet.inbox.app.intake.IntakeControllers;
import com.wallet.inbox.app.web.MerchantErrorHandling;
import com.wallet.inbox.schemas.ResultCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CONTRACT.md invariant 5 as a property: whatever arrives at a merchant endpoint, the answer is never a
 * 500 or an HTML page but a JSON body whose {@code result} carries a valid status and code. The services
 * behind the controllers accept every valid request, so valid probes reach the success path too.
 */
class MerchantApiFuzzTest {

    private static final Map<String, String> SAMPLES = new TreeMap<>(Map.of(
            "/v2/messages/sendInbox", IntakeControllers.sample(),
            "/v2/miniprogram/message/send", IntakeControllers.messageSendSample(),
            "/v2/messages/inquiryInbox", InquiryControllers.sample()));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MockMvc MVC = mvc();

    private static final int PROBES = 1000;

    /**
     * Seeded, so a failure reproduces; {@code -Dfuzz.seed=N} explores other requests. (jqwik was tried
     * first: its 1.10.1 engine prints a notice refusing use by AI agents, so a plain generator is used.)
     */
    static Stream<FuzzRequests.Probe> probes() {
        long seed = Long.getLong("fuzz.seed", 20261126L);
        Random random = new Random(seed);
        FuzzRequests requests = new FuzzRequests(SAMPLES);
        return Stream.generate(() -> requests.next(random)).limit(PROBES);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("probes")
    void everyAnswerIsAJsonResult(FuzzRequests.Probe probe) throws Exception {
        MockHttpServletResponse response =
                MVC.perform(request(probe)).andReturn().getResponse();

        assertThat(response.getStatus()).as(probe.toString()).isIn(200, 405, 415);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .as(probe.toString())
                .isTrue();
        JsonNode result = JSON.readTree(response.getContentAsByteArray()).path("result");
        ResultCode code = ResultCode.valueOf(result.path("resultCode").asString());
        assertThat(result.path("resultStatus").asString())
                .isEqualTo(code.status().name());
        assertThat(result.path("resultMessage").asString()).isNotEmpty().hasSizeLessThanOrEqualTo(256);
        assertThat(code).as(probe.toString()).isNotEqualTo(ResultCode.UNKNOWN_EXCEPTION);
    }

    private static MockHttpServletRequestBuilder request(FuzzRequests.Probe probe) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(
                        HttpMethod.valueOf(probe.method()), probe.path())
                .content(probe.body());
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        return request;
    }

    private static MockMvc mvc() {
        List<Object> controllers = new ArrayList<>(IntakeControllers.acceptingEverything());
        controllers.add(InquiryControllers.answeringAccepted());
        return MockMvcBuilders.standaloneSetup(controllers.toArray())
                .setControllerAdvice(MerchantErrorHandling.advice())
                .build();
    }
}
