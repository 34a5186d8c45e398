package com.wallet.inbox.app.inquiry;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.wallet.inbox.app.access.Caller;
import com.wallet.inbox.app.access.CallerCheck;
import com.wallet.inbox.app.intake.AcceptanceMarks;
import com.wallet.inbox.app.intake.AccessToken;
import com.wallet.inbox.app.intake.RequestId;
import com.wallet.inbox.app.ratelimit.ClientRateLimits;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.InboxCollections;
import com.wallet.inbox.schemas.RequestStatus;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import java.util.Date;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * DELIVERED iff the worker stored the message; FAILED if the worker recorded a failure; otherwise
 * ACCEPTED. A request still PENDING was never acknowledged by the broker, so it is not reported as accepted,
 * unless it was accepted here and its record's mark is on its way ({@link AcceptanceMarks}).
 */
@Service
class InquiryService {

    private final CallerCheck callers;
    private final ClientRateLimits rateLimits;
    private final AcceptanceMarks marks;
    private final MongoCollection<Document> requests;
    private final MongoCollection<Document> messages;

    InquiryService(CallerCheck callers, ClientRateLimits rateLimits, AcceptanceMarks marks, MongoDatabase database) {
        this.callers = callers;
        this.rateLimits = rateLimits;
        this.marks = marks;
        this.requests = database.getCollection(InboxCollections.REQUESTS);
        this.messages = database.getCollection(InboxCollections.MESSAGES);
    }

    InquiryResponse inquire(AccessToken accessToken, @Nullable String authClientId, RequestId requestId) {
        Caller caller = callers.check(accessToken.value(), authClientId);
        rateLimits.acquire(caller.authClientId());
        // Exactly the dedupe index's keys, so the embedded store uses that index too (Filters.and renders $and).
        Document request = requests.find(
                        new Document("authClientId", caller.authClientId()).append("requestId", requestId.value()))
                .first();
        if (request == null) {
            throw Rejection.illegal("requestId", "is unknown for this client");
        }
        RequestStatus status = RequestStatus.valueOf(request.getString("status"));
        if (status == RequestStatus.PENDING && !marks.awaitingMark(caller.authClientId(), requestId.value())) {
            throw Rejection.illegal("requestId", "was not accepted; retry it with sendInbox");
        }
        String messageId = request.getString("messageId");
        Date acceptedAt = request.getDate(request.containsKey("acceptedAt") ? "acceptedAt" : "createdAt");
        Document delivered = messages.find(eq("_id", messageId))
                .projection(Projections.include("deliveredAt"))
                .first();
        Result ok = Result.of(ResultCode.SUCCESS);
        if (delivered != null) {
            return new InquiryResponse(
                    ok,
                    messageId,
                    InquiryResponse.MessageStatus.DELIVERED,
                    null,
                    null,
                    acceptedAt.toInstant(),
                    delivered.getDate("deliveredAt").toInstant());
        }
        // A recorded failure counts even if the status says ACCEPTED: records marked by builds before the
        // conditional mark (InboxRequests.markAccepted) can say so.
        if (status == RequestStatus.FAILED || request.containsKey("failureCode")) {
            return new InquiryResponse(
                    ok,
                    messageId,
                    InquiryResponse.MessageStatus.FAILED,
                    request.getString("failureCode"),
                    request.getString("failureMessage"),
                    acceptedAt.toInstant(),
                    null);
        }
        return new InquiryResponse(
                ok, messageId, InquiryResponse.MessageStatus.ACCEPTED, null, null, acceptedAt.toInstant(), null);
    }
}
