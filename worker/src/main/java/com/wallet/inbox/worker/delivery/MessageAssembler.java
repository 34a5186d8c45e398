package com.wallet.inbox.worker.delivery;

import com.wallet.inbox.schemas.FailureCode;
import com.wallet.inbox.schemas.InboxMessage;
import com.wallet.inbox.schemas.InboxSendEvent;
import com.wallet.inbox.schemas.TemplateVersion;
import com.wallet.inbox.worker.render.MessageRenderer;
import com.wallet.inbox.worker.render.RenderException;
import com.wallet.inbox.worker.template.MalformedTemplateException;
import com.wallet.inbox.worker.template.TemplateVersions;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Turns an event into the message to store. Failures that would recur on every retry become a
 * {@link DeliveryFailure}; a MongoDB failure while loading the template is left to propagate.
 */
@Component
class MessageAssembler {

    private final TemplateVersions templates;
    private final MessageRenderer renderer;
    private final Clock clock;

    MessageAssembler(TemplateVersions templates, MessageRenderer renderer, Clock clock) {
        this.templates = templates;
        this.renderer = renderer;
        this.clock = clock;
    }

    InboxMessage assemble(InboxSendEvent event) {
        var template = template(event);
        try {
            return new InboxMessage(
                    event.messageId(),
                    event.requestId(),
                    event.authClientId(),
                    event.userId(),
                    event.templateCode(),
                    event.templateVersion(),
                    renderer.render(template, event.templates()),
                    event.extendInfo(),
                    event.acceptedAt(),
                    clock.instant(),
                    null);
        } catch (RenderException e) {
            throw new DeliveryFailure(e.code(), e.getMessage(), event.messageId());
        }
    }

    private TemplateVersion template(InboxSendEvent event) {
        try {
            return templates
                    .find(event.templateCode(), event.templateVersion())
                    .orElseThrow(() -> new DeliveryFailure(
                            FailureCode.TEMPLATE_VERSION_NOT_FOUND,
                            "template " + TemplateVersion.documentId(event.templateCode(), event.templateVersion())
                                    + " not found",
                            event.messageId()));
        } catch (MalformedTemplateException e) {
            throw new DeliveryFailure(FailureCode.TEMPLATE_RENDER_FAILED, e.getMessage(), event.messageId());
        }
    }
}
