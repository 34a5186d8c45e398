package com.wallet.inbox.standalone.demo;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions the demo data through the app's admin API, as an operator would. Safe to repeat: clients and
 * users are PUT, the token import is accepted again or refused as known, and the template is only PUT when
 * missing, because every PUT would add a template version.
 */
public final class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final AdminApi admin;

    public DemoSeeder(URI baseUri, String adminToken) {
        this.admin = new AdminApi(baseUri, adminToken);
    }

    public void seed() {
        admin.put("/admin/v1/clients/" + DemoData.CLIENT_ID, DemoData.client());
        admin.put("/admin/v1/users/" + DemoData.USER_ID, DemoData.user());
        admin.importToken(DemoData.token());
        String template = "/admin/v1/templates/" + DemoData.TEMPLATE_CODE;
        if (admin.exists(template)) {
            log.info("Demo template {} already exists; left as it is", DemoData.TEMPLATE_CODE);
        } else {
            admin.put(template, DemoData.template());
        }
        log.info(
                "Demo data ready: client {}, user {}, template {}",
                DemoData.CLIENT_ID,
                DemoData.USER_ID,
                DemoData.TEMPLATE_CODE);
    }
}
