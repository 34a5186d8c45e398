package com.wallet.inbox.app.docs;

import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import io.swagger.v3.oas.models.examples.Example;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request samples and one answer example per result code, as JSON-shaped maps. */
final class MerchantApiExamples {

    static final String SEND_INBOX_SAMPLE = """
            {"accessToken":"2019112719074101000700000077771xxxx","authClientId":"202016726873874774774xxxx",
             "requestId":"20191127190741010007013213123xxxx","templateCode":"TP_5800000001xxxx",
             "templates":[{"templateParameters":{"who":"string to represent a name"},"language":"en-US"}],
             "extendInfo":"This is additional information"}""";

    static final String MESSAGE_SEND_SAMPLE = """
            {"accessToken":"2019112719074101000700000077771xxxx","appId":"202016726873874774774xxxx",
             "customerBelongsTo":"TNG","requestId":"20191127190741010007013213123xxxx",
             "templateCode":"TP_5800000001xxxx","redirectUrl":"https://merchant.example/orders/1",
             "templates":[{"templateParameters":{"who":"string to represent a name"},"language":"en-US"}]}""";

    static final String INQUIRY_SAMPLE = """
            {"accessToken":"2019112719074101000700000077771xxxx","authClientId":"202016726873874774774xxxx",
             "requestId":"20191127190741010007013213123xxxx"}""";

    static final String MESSAGE_ID = "0190f0e5b2a1c3d4e5f60718293a4b5c";

    /** Every code sendInbox and message/send can answer with (CONTRACT.md's result table). */
    static final List<ResultCode> SEND_CODES = List.of(
            ResultCode.ACCEPT,
            ResultCode.REPEAT_REQ_INCONSISTENT,
            ResultCode.INVALID_ACCESS_TOKEN,
            ResultCode.EXPIRED_ACCESS_TOKEN,
            ResultCode.INVALID_AUTH_CLIENT,
            ResultCode.USER_STATUS_ERROR,
            ResultCode.VERIFY_REQUEST_ID_INVALID,
            ResultCode.TEMPLATE_NOT_EXIST,
            ResultCode.PARAM_ILLEGAL,
            ResultCode.INVALID_SIGNATURE,
            ResultCode.REQUEST_TRAFFIC_EXCEED_LIMIT,
            ResultCode.UNKNOWN_EXCEPTION);

    private MerchantApiExamples() {}

    static Object json(String text) {
        return InboxJson.mapper().readValue(text, Object.class);
    }

    static Map<String, Example> sendAnswers() {
        Map<String, Example> examples = new LinkedHashMap<>();
        for (ResultCode code : SEND_CODES) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result", result(code));
            if (code == ResultCode.ACCEPT) {
                body.put("messageId", MESSAGE_ID);
                body.put("extendInfo", "This is additional information");
            }
            examples.put(
                    code.name(), new Example().summary(code.defaultMessage()).value(body));
        }
        return examples;
    }

    static Map<String, Object> inquiryAnswer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result(ResultCode.SUCCESS));
        body.put("messageId", MESSAGE_ID);
        body.put("messageStatus", "DELIVERED");
        body.put("acceptedAt", "2026-01-01T00:00:00Z");
        body.put("deliveredAt", "2026-01-01T00:00:01Z");
        return body;
    }

    static Map<String, Object> failure(ResultCode code) {
        return Map.of("result", result(code));
    }

    private static Map<String, String> result(ResultCode code) {
        Result result = Result.of(code);
        return Map.of(
                "resultStatus", result.resultStatus().name(),
                "resultCode", result.resultCode(),
                "resultMessage", result.resultMessage());
    }
}
