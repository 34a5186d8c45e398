package com.wallet.inbox.bench.barehttp;

import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import com.wallet.inbox.schemas.SendInboxRequest;
import com.wallet.inbox.schemas.SendInboxResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Parses the body like the intake does and answers a constant ACCEPT: the cost of the web stack alone. */
@RestController
class BareIntakeController {

    private static final SendInboxResponse ACCEPTED =
            new SendInboxResponse(Result.of(ResultCode.ACCEPT), "bench-bare-http-0000", null);

    @PostMapping(
            path = "/v2/messages/sendInbox",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    SendInboxResponse sendInbox(@RequestBody SendInboxRequest request) {
        return ACCEPTED;
    }
}
