package com.wallet.inbox.schemas;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /v2/messages/sendInbox}, after validation. */
public record SendInboxRequest(
        String accessToken,
        @Nullable String authClientId,
        String requestId,
        String templateCode,
        List<ContentTemplate> templates,
        @Nullable String extendInfo) {

    public SendInboxRequest {
        templates = List.copyOf(templates);
    }
}
