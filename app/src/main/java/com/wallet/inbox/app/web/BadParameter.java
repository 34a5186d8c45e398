package com.wallet.inbox.app.web;

/**
 * A field or query parameter of the admin, dead-letter or read API refused with 400, naming it. Each API's
 * own error advice renders it in that API's body shape.
 */
public class BadParameter extends RuntimeException {

    private final String name;

    public BadParameter(String name, String problem) {
        super(name + " " + problem, null, false, false);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
