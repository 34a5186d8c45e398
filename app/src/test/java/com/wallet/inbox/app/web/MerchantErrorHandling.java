package com.wallet.inbox.app.web;

/** Opens the package-private error advice to MockMvc standalone tests in other packages. */
public final class MerchantErrorHandling {

    private MerchantErrorHandling() {}

    public static Object advice() {
        return new MerchantApiErrors();
    }
}
