package com.wallet.inbox.bench.load;

/**
 * The HTTP side of the load generator: posts one sendInbox body and reports the answer once. Keep-alive
 * HTTP/1.1 to a single endpoint; the driver bounds how many calls are in flight, the client bounds how long
 * each may take.
 */
interface IntakeClient extends AutoCloseable {

    /** Sends {@code body}; {@code answer} is told exactly once, on a thread of the client's choosing. */
    void post(byte[] body, Answer answer);

    /** Stops the client's threads and closes its connections. */
    @Override
    void close();

    /** How one call ended. */
    interface Answer {

        void received(int httpStatus, byte[] body);

        void failed(Throwable failure);
    }
}
