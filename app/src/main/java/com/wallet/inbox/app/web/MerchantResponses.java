package com.wallet.inbox.app.web;

import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.SendInboxResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Merchant-API response entities. The content type is fixed so that an odd Accept header cannot turn a result into a 406. */
public final class MerchantResponses {

    /** resultMessage is at most 256 characters (Mini Program OpenAPI convention). */
    private static final int MAX_MESSAGE = 256;

    private MerchantResponses() {}

    public static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    public static ResponseEntity<SendInboxResponse> failure(HttpStatus status, Result result) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(SendInboxResponse.failed(bounded(result)));
    }

    static Result bounded(Result result) {
        String message = result.resultMessage();
        return message.length() <= MAX_MESSAGE
                ? result
                : new Result(result.resultStatus(), result.resultCode(), message.substring(0, MAX_MESSAGE - 3) + "...");
    }
}
