package com.wallet.inbox.app.intake;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A sendInbox body that passed validation; only value types that checked themselves. */
record SendInboxCommand(
        AccessToken accessToken,
        @Nullable String authClientId,
        RequestId requestId,
        TemplateCode templateCode,
        List<Template> templates,
        @Nullable String extendInfo) {

    SendInboxCommand {
        templates = List.copyOf(templates);
    }
}
