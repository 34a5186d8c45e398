package com.wallet.inbox.app.support;

import com.wallet.inbox.app.InboxAppApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One shared application context for the ITs, wired to {@link TestServices}. */
@SpringBootTest(
        classes = InboxAppApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"inbox.security.admin-token=" + Http.ADMIN_TOKEN, "inbox.security.reader-token=it-reader-token"})
public abstract class IntegrationTestBase {

    @LocalServerPort
    private int port;

    protected Http http;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestServices::bootstrapServers);
        registry.add("spring.mongodb.uri", TestServices::mongoUri);
    }

    @BeforeEach
    void client() {
        http = new Http(port);
    }
}
