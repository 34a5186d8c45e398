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

    /** Above this the heap was most likely not chosen: the JVM's default is a quarter of the machine. */
    private static final long UNBOUNDED_HEAP_BYTES = 2L << 30;

    private InboxStandalone() {}

    public static void main(String[] args) {
        adviseOnHeap(Runtime.getRuntime().maxMemory());
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

    /**
     * A jar cannot choose its own heap. With the JVM's default the process grows toward a quarter of the
     * machine's memory under load; the README's command bounds it, which is worth saying when it is not.
     */
    static boolean adviseOnHeap(long maxHeapBytes) {
        if (maxHeapBytes <= UNBOUNDED_HEAP_BYTES) {
            return false;
        }
        log.warn(
                "The heap may grow to {} MiB (no -Xmx given): start with `java -Xmx1g -jar ...` as in the README to"
                        + " keep this process under 1.5 GiB resident under load",
                maxHeapBytes >> 20);
        return true;
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
