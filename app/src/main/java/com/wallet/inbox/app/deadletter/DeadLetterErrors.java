package com.wallet.inbox.app.deadletter;

import com.wallet.inbox.app.web.BadParameter;
import java.util.Map;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The dead-letter API's refusals as small JSON bodies, like the rest of the admin API. */
@RestControllerAdvice(basePackageClasses = DeadLetterErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DeadLetterErrors {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterErrors.class);

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, String>> badRequest(BadParameter e) {
        return json(
                HttpStatus.BAD_REQUEST,
                Map.of("error", "BAD_REQUEST", "parameter", e.name(), "message", e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> notANumber(MethodArgumentTypeMismatchException e) {
        return badRequest(new BadParameter(e.getName(), "must be a non-negative integer"));
    }

    @ExceptionHandler(DeadLetterNotFound.class)
    ResponseEntity<Map<String, String>> notFound(DeadLetterNotFound e) {
        return json(HttpStatus.NOT_FOUND, Map.of("error", "NOT_FOUND", "message", e.getMessage()));
    }

    // Spring Kafka wraps some client failures (e.g. a send that cannot get metadata) in its own exception.
    @ExceptionHandler({
        DeadLettersUnavailable.class,
        KafkaException.class,
        org.springframework.kafka.KafkaException.class
    })
    ResponseEntity<Map<String, String>> unavailable(RuntimeException e) {
        log.warn("Dead-letter admin call failed: {}", e.toString());
        String message = e instanceof DeadLettersUnavailable ? e.getMessage() : "Kafka is unavailable; retry later";
        return json(HttpStatus.SERVICE_UNAVAILABLE, Map.of("error", "KAFKA_UNAVAILABLE", "message", message));
    }

    private static ResponseEntity<Map<String, String>> json(HttpStatus status, Map<String, String> body) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
