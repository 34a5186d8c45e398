package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import com.wallet.inbox.schemas.SendInboxResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /v2/messages/sendInbox}: the raw body is parsed here so every bad input names its field. */
@RestController
class SendInboxController {

    static final String REPLAY_HEADER = "Idempotency-Replay";

    private final SendInboxService service;

    SendInboxController(SendInboxService service) {
        this.service = service;
    }

    @PostMapping(path = "/v2/messages/sendInbox", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SendInboxResponse> send(HttpServletRequest request) {
        SendInboxCommand command = SendInboxParser.parse(JsonBody.read(request));
        SendInboxService.Acceptance acceptance = service.send(command);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (acceptance.replay()) {
            response.header(REPLAY_HEADER, "true");
        }
        return response.body(
                new SendInboxResponse(Result.of(ResultCode.ACCEPT), acceptance.messageId(), command.extendInfo()));
    }
}
