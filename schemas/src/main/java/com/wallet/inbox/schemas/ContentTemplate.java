package com.wallet.inbox.schemas;

import java.util.Map;

/** One language of a sendInbox call: the BCP 47 tag and the values for the template's placeholders. */
public record ContentTemplate(String language, Map<String, String> templateParameters) {

    public ContentTemplate {
        templateParameters = Map.copyOf(templateParameters);
    }
}
