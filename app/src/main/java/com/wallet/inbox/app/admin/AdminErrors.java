package com.wallet.inbox.app.admin;

import com.wallet.inbox.app.web.BadParameter;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The admin API's refusals as JSON; anything else falls through to the application-wide handler. */
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, String>> badRequest(BadParameter e) {
        return json(
                HttpStatus.BAD_REQUEST, Map.of("error", "BAD_REQUEST", "field", e.name(), "message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return json(
                HttpStatus.BAD_REQUEST,
                Map.of("error", "BAD_REQUEST", "field", "body", "message", "body must be a well-formed JSON object"));
    }

    @ExceptionHandler(AdminNotFound.class)
    ResponseEntity<Map<String, String>> notFound(AdminNotFound e) {
        return json(HttpStatus.NOT_FOUND, Map.of("error", "NOT_FOUND", "message", e.getMessage()));
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, Map<String, String> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
