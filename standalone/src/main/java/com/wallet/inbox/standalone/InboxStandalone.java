package com.wallet.inbox.standalone;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;

/**
 * {@code java -jar inbox-standalone.jar}: everything on one machine with no installed services. Ctrl-C
 * stops the worker, then the app, then the broker, then the store.
 */
public final class InboxStandalone {

    private static final Logger log = LoggerFactory.getLogger(InboxStandalone.class);

    private InboxStandalone() {}

    public static void main(String[] args) {
        Standalone standalone = new Standalone();
        // Our own hook instead of Spring's, which would close the contexts in no particular order.
        Runtime.getRuntime().addShutdownHook(new Thread(standalone::close, "inbox-standalone-shutdown"));
        try {
            standalone.start(args);
        } catch (RuntimeException e) {
            log.error("The inbox standalone did not start: {}", reason(e).getMessage());
            System.exit(1);
        }
    }

    /** Past Spring's bean-creation wrappers, to the exception that says what went wrong in our words. */
    private static Throwable reason(Throwable failure) {
        Throwable reason = failure;
        while (reason instanceof BeansException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason;
    }
}
