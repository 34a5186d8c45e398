package com.wallet.inbox.app.intake;

import com.wallet.inbox.schemas.ContentTemplate;
import java.util.Map;

/** One validated entry of {@code templates}: a language and its parameters (validated names, bounded values). */
record Template(LanguageTag language, Map<String, String> parameters) {

    Template {
        parameters = Map.copyOf(parameters);
    }

    ContentTemplate toContentTemplate() {
        return new ContentTemplate(language.value(), parameters);
    }
}
