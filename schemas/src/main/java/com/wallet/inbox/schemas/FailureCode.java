package com.wallet.inbox.schemas;

/** Why the worker failed a message; recorded on the request and in the dead letter's headers. */
public enum FailureCode {
    /** The record could not be read as an {@link InboxSendEvent}. */
    EVENT_UNREADABLE,
    /** The event names a template version that does not exist. */
    TEMPLATE_VERSION_NOT_FOUND,
    /** A placeholder of the template has no parameter. */
    TEMPLATE_PARAMETER_MISSING,
    /** The template could not be rendered, or the rendered text is over its limit. */
    TEMPLATE_RENDER_FAILED
}
