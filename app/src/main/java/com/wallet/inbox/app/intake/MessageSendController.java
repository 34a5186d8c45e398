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

/**
 * {@code POST /v2/miniprogram/message/send}, the API sendInbox moved to: the same pipeline (dedupe
 * store, topic, worker), so one requestId is one message whichever of the two APIs carried it.
 */
@RestController
class MessageSendController {

    private final SendInboxService service;

    MessageSendController(SendInboxService service) {
        this.service = service;
    }

    @PostMapping(path = "/v2/miniprogram/message/send", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SendInboxResponse> send(HttpServletRequest request) {
        SendInboxService.Acceptance acceptance = service.send(MessageSendParser.parse(JsonBody.read(request)));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (acceptance.replay()) {
            response.header(SendInboxController.REPLAY_HEADER, "true");
        }
        return response.body(new SendInboxResponse(Result.of(ResultCode.ACCEPT), acceptance.messageId(), null));
    }
}
