package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.access.Caller;
import com.wallet.inbox.app.access.CallerCheck;
import com.wallet.inbox.app.ops.RequestLog;
import com.wallet.inbox.app.ratelimit.ClientRateLimits;
import com.wallet.inbox.app.template.TemplateStore;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.InboxRequest;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.RequestStatus;
import com.wallet.inbox.schemas.ResultCode;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Accepts a validated sendInbox: checks the caller and the template, dedupes by (client, requestId) and
 * publishes durably. A record left PENDING (publish never acknowledged) is published again, with the same
 * messageId, by a retry; the worker dedupes by messageId. Concurrent duplicates in this instance are
 * serialised by {@link RequestLocks}, so they replay the first attempt's messageId without publishing.
 *
 * <p>The answer A waits for the broker's ack, not for the record's ACCEPTED mark: the ack is what makes
 * the request accepted, and waiting for the mark's group too took about a third of a call's time at half
 * the full rate. {@link AcceptanceMarks} covers the mark's few milliseconds in flight.
 */
@Service
class SendInboxService {

    private final CallerCheck callers;
    private final TemplateStore templates;
    private final InboxRequests requests;
    private final EventPublisher publisher;
    private final RequestLocks locks;
    private final AcceptanceMarks marks;
    private final ClientRateLimits rateLimits;
    private final IntakeMeters meters;
    private final Clock clock;

    SendInboxService(
            CallerCheck callers,
            TemplateStore templates,
            InboxRequests requests,
            EventPublisher publisher,
            RequestLocks locks,
            AcceptanceMarks marks,
            ClientRateLimits rateLimits,
            IntakeMeters meters,
            Clock clock) {
        this.callers = callers;
        this.templates = templates;
        this.requests = requests;
        this.publisher = publisher;
        this.locks = locks;
        this.marks = marks;
        this.rateLimits = rateLimits;
        this.meters = meters;
        this.clock = clock;
    }

    /** Both intake APIs come through here just after parsing: the one place their log context is set. */
    Acceptance send(SendInboxCommand command) {
        RequestLog.request(command.requestId().value(), command.authClientId());
        Caller caller = callers.check(command.accessToken().value(), command.authClientId());
        RequestLog.authClientId(caller.authClientId());
        rateLimits.acquire(caller.authClientId());
        long version = templates
                .latestUsableVersion(command.templateCode().value(), caller.authClientId())
                .orElseThrow(() -> new Rejection(ResultCode.TEMPLATE_NOT_EXIST));
        Fingerprint fingerprint =
                Fingerprint.of(caller.userId(), command.templateCode(), command.templates(), command.extendInfo());
        return locks.withLock(
                caller.authClientId(),
                command.requestId().value(),
                () -> dedupeAndPublish(command, caller, version, fingerprint));
    }

    private Acceptance dedupeAndPublish(
            SendInboxCommand command, Caller caller, long version, Fingerprint fingerprint) {
        InboxRequest request = pending(command, caller, version, fingerprint);
        if (!requests.insert(request)) {
            request = existing(command, caller, fingerprint);
            if (request.status() != RequestStatus.PENDING
                    || marks.awaitingMark(request.authClientId(), request.requestId())) {
                RequestLog.messageId(request.messageId());
                meters.replay();
                return new Acceptance(request.messageId(), true);
            }
        }
        RequestLog.messageId(request.messageId());
        publisher.publish(event(command, request));
        marks.track(
                request.authClientId(),
                request.requestId(),
                request.messageId(),
                requests.markAccepted(request.messageId(), request.createdAt()));
        return new Acceptance(request.messageId(), false);
    }

    private InboxRequest pending(SendInboxCommand command, Caller caller, long version, Fingerprint fingerprint) {
        Instant now = clock.instant();
        return new InboxRequest(
                MessageId.next(now).value(),
                caller.authClientId(),
                command.requestId().value(),
                caller.userId(),
                command.templateCode().value(),
                version,
                fingerprint.value(),
                RequestStatus.PENDING,
                null,
                null,
                now,
                null,
                null);
    }

    private InboxRequest existing(SendInboxCommand command, Caller caller, Fingerprint fingerprint) {
        InboxRequest stored = requests.find(
                        caller.authClientId(), command.requestId().value())
                // The duplicate we collided with cannot vanish: records are never deleted.
                .orElseThrow(() -> new IllegalStateException("Duplicate key but no request record"));
        if (!stored.fingerprint().equals(fingerprint.value())) {
            meters.inconsistent();
            throw new Rejection(
                    ResultCode.REPEAT_REQ_INCONSISTENT, "requestId was already used for a request with other content");
        }
        return stored;
    }

    /** acceptedAt is the record's createdAt, so every publication of one messageId carries the same event. */
    private static InboxSendEvent event(SendInboxCommand command, InboxRequest request) {
        return new InboxSendEvent(
                InboxSendEvent.CURRENT_SCHEMA_VERSION,
                request.messageId(),
                request.requestId(),
                request.authClientId(),
                request.userId(),
                request.templateCode(),
                request.templateVersion(),
                command.templates().stream().map(Template::toContentTemplate).toList(),
                command.extendInfo(),
                request.createdAt());
    }

    record Acceptance(String messageId, boolean replay) {}
}
