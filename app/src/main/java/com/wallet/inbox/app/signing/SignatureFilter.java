package com.wallet.inbox.app.signing;

import com.mongodb.MongoException;
import com.wallet.inbox.app.access.AccessDirectory;
import com.wallet.inbox.app.ops.RenderedResult;
import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.schemas.InboxJson;
import com.wallet.inbox.schemas.Result;
import com.wallet.inbox.schemas.ResultCode;
import com.wallet.inbox.schemas.SendInboxResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.JsonNode;

/**
 * Merchant calls (POST /v2/...) whose access token belongs to a client with a registered public key
 * must be signed, and their answers are signed with the service key. Other calls pass untouched; a body
 * this filter cannot read is left to the controller, which names the problem.
 */
class SignatureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignatureFilter.class);

    private final AccessDirectory directory;
    private final SignedCallVerifier verifier;
    private final ServiceKeys keys;
    private final Clock clock;

    SignatureFilter(AccessDirectory directory, SignedCallVerifier verifier, ServiceKeys keys, Clock clock) {
        this.directory = directory;
        this.verifier = verifier;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/v2/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = JsonBody.readUpToLimit(request);
        CachedBodyRequest replay = new CachedBodyRequest(request, body);
        Optional<AccessDirectory.ClientEntry> signer;
        try {
            signer =
                    accessToken(request, body).flatMap(directory::clientOfToken).filter(c -> c.publicKey() != null);
        } catch (MongoException e) {
            // Outside the DispatcherServlet no exception handler would answer: the store is down, say U.
            log.warn("MongoDB failed checking the signature of {}: {}", request.getRequestURI(), e.toString());
            write(request, response, Result.of(ResultCode.UNKNOWN_EXCEPTION));
            return;
        }
        if (signer.isEmpty()) {
            chain.doFilter(replay, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            verifier.verify(replay, body, signer.get(), signer.get().publicKey());
            chain.doFilter(replay, answer);
        } catch (InvalidSignature e) {
            write(request, answer, Result.of(ResultCode.INVALID_SIGNATURE, e.getMessage()));
        }
        sign(request, answer, signer.get().authClientId());
        answer.copyBodyToResponse();
    }

    private void sign(HttpServletRequest request, ContentCachingResponseWrapper answer, String clientId) {
        String time = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String content = RsaSignatures.content(
                request.getMethod(),
                SignedCallVerifier.uri(request),
                clientId,
                time,
                new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
        answer.setHeader("Client-Id", clientId);
        answer.setHeader("Response-Time", time);
        answer.setHeader("Signature", SignatureHeader.format(ServiceKeys.KEY_VERSION, keys.sign(content)));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Result result)
            throws IOException {
        RenderedResult.remember(request, result);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(InboxJson.mapper().writeValueAsBytes(SendInboxResponse.failed(result)));
    }

    /** Parsed once for this filter and the controller; a body that does not parse is the controller's to refuse. */
    private static Optional<String> accessToken(HttpServletRequest request, byte[] body) {
        return JsonBody.parseAhead(request, body)
                .map(parsed -> parsed.get("accessToken"))
                .filter(JsonNode::isString)
                .map(JsonNode::stringValue);
    }
}
