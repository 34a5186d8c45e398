package com.wallet.inbox.schemas;

/** S success, A accepted, U unknown (the caller may retry), F failed. */
public enum ResultStatus {
    S,
    A,
    U,
    F
}
