package com.wallet.inbox.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.wallet.inbox.app.support.Http;
import com.wallet.inbox.app.support.IntegrationTestBase;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/** The page and its scripts load without a token (a browser cannot send one on navigation); data does not. */
class DashboardPageIT extends IntegrationTestBase {

    @Test
    void pageAndScriptsArePublic() {
        Http.Answer redirect = get("/dashboard");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).endsWith("/dashboard/");

        Http.Answer page = get("/dashboard/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().body()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js", "dashboard.js");

        assertThat(get("/dashboard/dashboard.js").status()).isEqualTo(200);
        assertThat(get("/webjars/echarts/5.3.1/dist/echarts.min.js").status()).isEqualTo(200);
    }

    @Test
    void dataNeedsTheToken() {
        assertThat(get("/api/v1/stats").status()).isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(http.base() + "/dashboard/"))
                                .POST(HttpRequest.BodyPublishers.noBody()))
                        .status())
                .isEqualTo(401);
    }

    private Http.Answer get(String path) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + path)).GET());
    }
}
