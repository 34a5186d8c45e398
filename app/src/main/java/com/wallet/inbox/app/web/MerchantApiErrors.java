package com.wallet.inbox.app.web;

import com.mongodb.MongoException;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The last line of every HTTP answer: no input yields a 500, an HTML page or a stack trace. Merchant
 * paths ({@code /v2/}) get the result envelope, other paths a small JSON error.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class MerchantApiErrors {

    private static final Logger log = LoggerFactory.getLogger(MerchantApiErrors.class);

    @ExceptionHandler(Rejection.class)
    ResponseEntity<?> rejected(Rejection e, HttpServletRequest request) {
        return answer(request, HttpStatus.OK, e.result(), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<?> answer = answer(
                request,
                HttpStatus.METHOD_NOT_ALLOWED,
                Result.of(ResultCode.METHOD_NOT_SUPPORTED),
                HttpStatus.METHOD_NOT_ALLOWED);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> mediaType(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Result.of(ResultCode.MEDIA_TYPE_NOT_ACCEPTABLE, "Content-Type must be application/json"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<?> unreadable(HttpServletRequest request) {
        return answer(
                request,
                HttpStatus.OK,
                Rejection.illegal("body", "is not well-formed JSON").result(),
                HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, Result.of(ResultCode.INVALID_API), HttpStatus.NOT_FOUND);
    }

    /** The store is down or slow: the merchant retries with the same requestId. */
    @ExceptionHandler(MongoException.class)
    ResponseEntity<?> storeUnavailable(MongoException e, HttpServletRequest request) {
        log.warn("MongoDB failed answering {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return answer(request, HttpStatus.OK, Result.of(ResultCode.UNKNOWN_EXCEPTION), HttpStatus.SERVICE_UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.OK, Result.of(ResultCode.UNKNOWN_EXCEPTION), HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ResponseEntity<?> answer(
            HttpServletRequest request, HttpStatus merchantStatus, Result result, HttpStatus otherStatus) {
        if (request.getRequestURI().startsWith("/v2/")) {
            return MerchantResponses.failure(merchantStatus, result);
        }
        return ResponseEntity.status(otherStatus)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", result.resultCode(), "message", result.resultMessage()));
    }
}
