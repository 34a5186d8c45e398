package com.wallet.inbox.app.intake;

/** The code of a template: 1 to 256 characters. */
public record TemplateCode(String value) {

    public TemplateCode {
        Lengths.check(value, 1, 256);
    }
}
