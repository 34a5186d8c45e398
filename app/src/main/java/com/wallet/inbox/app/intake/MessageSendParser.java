package com.wallet.inbox.app.intake;

import com.wallet.inbox.app.web.Fields;
import com.wallet.inbox.app.web.JsonBody;
import com.wallet.inbox.app.web.Rejection;
import com.wallet.inbox.schemas.ResultCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@code /v2/miniprogram/message/send} body into the same {@link SendInboxCommand} as sendInbox,
 * with that API's tighter limits. {@code appId} plays the role of authClientId. {@code customerBelongsTo}
 * (the wallet's name) is checked and otherwise unused: this service is one wallet; the facts give it no
 * limit, 64 is ours. {@code redirectUrl} travels as the template parameter {@code redirectUrl}, so a
 * template whose url is {@code {{redirectUrl}}} links to it (the event has no field of its own for it).
 */
final class MessageSendParser {

    static final int MAX_APP_ID = 32;
    static final int MAX_REQUEST_ID = 64;
    static final int MAX_TEMPLATE_CODE = 64;
    static final int MAX_CUSTOMER_BELONGS_TO = 64;
    static final int MAX_REDIRECT_URL = 2048;
    static final String REDIRECT_PARAMETER = "redirectUrl";

    private MessageSendParser() {}

    static SendInboxCommand parse(JsonBody body) {
        AccessToken accessToken =
                SendInboxParser.valueOf(body.requiredString("accessToken"), "accessToken", AccessToken::new);
        String appId = Fields.checkLength(body.requiredString("appId"), "appId", 1, MAX_APP_ID);
        SendInboxParser.optionalBounded(
                body.optionalString("customerBelongsTo"), "customerBelongsTo", MAX_CUSTOMER_BELONGS_TO);
        RequestId requestId = SendInboxParser.requestId(body);
        if (requestId.value().length() > MAX_REQUEST_ID) {
            throw new Rejection(
                    ResultCode.VERIFY_REQUEST_ID_INVALID,
                    "requestId must be at most " + MAX_REQUEST_ID + " characters");
        }
        String code = Fields.checkLength(body.requiredString("templateCode"), "templateCode", 1, MAX_TEMPLATE_CODE);
        List<Template> templates = SendInboxParser.templates(body.get("templates"));
        String redirectUrl =
                SendInboxParser.optionalBounded(body.optionalString("redirectUrl"), "redirectUrl", MAX_REDIRECT_URL);
        String extendInfo = SendInboxParser.optionalBounded(
                body.optionalString("extendInfo"), "extendInfo", SendInboxParser.MAX_EXTEND_INFO);
        return new SendInboxCommand(
                accessToken,
                appId,
                requestId,
                new TemplateCode(code),
                withRedirect(templates, redirectUrl),
                extendInfo);
    }

    private static List<Template> withRedirect(List<Template> templates, @Nullable String redirectUrl) {
        if (redirectUrl == null) {
            return templates;
        }
        for (int i = 0; i < templates.size(); i++) {
            String given = templates.get(i).parameters().get(REDIRECT_PARAMETER);
            if (given != null && !given.equals(redirectUrl)) {
                throw Rejection.illegal(
                        "templates[" + i + "].templateParameters." + REDIRECT_PARAMETER, "conflicts with redirectUrl");
            }
        }
        return templates.stream()
                .map(t -> {
                    Map<String, String> parameters = new LinkedHashMap<>(t.parameters());
                    parameters.put(REDIRECT_PARAMETER, redirectUrl);
                    return new Template(t.language(), parameters);
                })
                .toList();
    }
}
