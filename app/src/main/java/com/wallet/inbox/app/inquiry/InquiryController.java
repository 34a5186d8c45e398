package com.wallet.inbox.app.inquiry;

import com.wallet.inbox.app.intake.AccessToken;
import com.wallet.inbox.app.intake.RequestId;
import com.wallet.inbox.app.ops.RequestLog;
import com.wallet.inbox.app.web.Fields;
import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.app.web.MerchantResponses;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code POST /v2/messages/inquiryInbox}: the status of an earlier sendInbox, by requestId. */
@RestController
class InquiryController {

    private final InquiryService service;

    InquiryController(InquiryService service) {
        this.service = service;
    }

    @PostMapping(path = "/v2/messages/inquiryInbox", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InquiryResponse> inquire(HttpServletRequest request) {
        JsonBody body = JsonBody.read(request);
        AccessToken accessToken = accessToken(body.requiredString("accessToken"));
        String authClientId = body.optionalString("authClientId");
        if (authClientId != null) {
            Fields.checkLength(authClientId, "authClientId", 0, 128);
        }
        RequestId requestId = requestId(body.get("requestId"));
        RequestLog.request(requestId.value(), authClientId);
        return MerchantResponses.ok(service.inquire(accessToken, authClientId, requestId));
    }

    private static AccessToken accessToken(String value) {
        try {
            return new AccessToken(value);
        } catch (IllegalArgumentException e) {
            throw Rejection.illegal("accessToken", e.getMessage());
        }
    }

    private static RequestId requestId(@Nullable JsonNode node) {
        try {
            if (node == null || !node.isString()) {
                throw new IllegalArgumentException("is required and must be a string");
            }
            return new RequestId(node.stringValue());
        } catch (IllegalArgumentException e) {
            throw new Rejection(ResultCode.VERIFY_REQUEST_ID_INVALID, "requestId " + e.getMessage());
        }
    }
}
