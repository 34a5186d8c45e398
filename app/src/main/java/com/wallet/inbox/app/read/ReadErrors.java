package com.wallet.inbox.app.read;

import com.mongodb.MongoException;
import com.wallet.inbox.app.web.BadParameter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The read API's refusals as small JSON bodies; anything else falls through to the application-wide handler. */
@RestControllerAdvice(basePackageClasses = ReadErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadErrors {

    private static final Logger log = LoggerFactory.getLogger(ReadErrors.class);

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, String>> badParameter(BadParameter e) {
        return json(
                HttpStatus.BAD_REQUEST,
                Map.of("error", "BAD_REQUEST", "parameter", e.name(), "message", e.getMessage()));
    }

    @ExceptionHandler(ReadNotFound.class)
    ResponseEntity<Map<String, String>> notFound(ReadNotFound e) {
        return json(HttpStatus.NOT_FOUND, Map.of("error", "NOT_FOUND", "message", e.getMessage()));
    }

    @ExceptionHandler(MongoException.class)
    ResponseEntity<Map<String, String>> storeUnavailable(MongoException e) {
        log.warn("MongoDB failed answering a read: {}", e.toString());
        return json(
                HttpStatus.SERVICE_UNAVAILABLE,
                Map.of("error", "STORE_UNAVAILABLE", "message", "The message store is unavailable; retry later"));
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, Map<String, String> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
