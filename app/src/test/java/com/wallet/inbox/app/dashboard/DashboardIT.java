package com.wallet.inbox.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.app.support.SeededDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst's visit in headless Chromium: sign in with the reader token, see the seeded messages in
 * the chart, the breakdowns, the failures and the table, then filter and page. Skips where Debian's
 * chromium and chromium-driver are not installed.
 */
class DashboardIT extends IntegrationTestBase {

    private static final String READER_TOKEN = "it-reader-token";
    private static final int TEMPLATE_A_MESSAGES = 23;

    @Autowired
    private MongoDatabase database;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String client;
    private String templateA;
    private String templateB;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.installed(), "chromium and chromium-driver are not installed");
    }

    @BeforeEach
    void seedAndOpen() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        client = "dash-client-" + suffix;
        templateA = "TP_DASH_A_" + suffix;
        templateB = "TP_DASH_B_" + suffix;
        SeededDocuments store = new SeededDocuments(database);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < TEMPLATE_A_MESSAGES; i++) {
            store.delivered(
                    client + "-a" + i,
                    client,
                    "user-" + (i % 4),
                    templateA,
                    now.minus(Duration.ofHours(7L * i + 1)),
                    "en-US");
        }
        store.delivered(client + "-b1", client, "user-1", templateB, now.minus(Duration.ofDays(3)), "zh-CN", "en-US");
        store.delivered(client + "-b2", client, "user-2", templateB, now.minus(Duration.ofDays(9)), "zh-CN");
        store.failed(
                client + "-f1",
                client,
                "user-3",
                templateB,
                now.minus(Duration.ofHours(2)),
                "TEMPLATE_PARAMETER_MISSING");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(http.base() + "/dashboard");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void showsTheSeededMessagesAndFiltersThem() throws IOException {
        signIn(READER_TOKEN);

        wait.until(d -> !text("total").equals("–"));
        int total = Integer.parseInt(text("total"));
        assertThat(total).isGreaterThanOrEqualTo(TEMPLATE_A_MESSAGES + 3);
        assertThat(Integer.parseInt(text("total-failed"))).isGreaterThanOrEqualTo(1);
        WebElement chart = browser.findElement(By.id("volume-chart"));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(Integer.parseInt(chart.getDomAttribute("data-total"))).isEqualTo(total);
        assertThat(Integer.parseInt(chart.getDomAttribute("data-days"))).isGreaterThanOrEqualTo(7);
        assertThat(rows("by-template")).contains(templateA + " " + TEMPLATE_A_MESSAGES + " 0", templateB + " 2 1");
        assertThat(rows("by-language")).anyMatch(r -> r.startsWith("zh-CN "));
        assertThat(rows("failures"))
                .anyMatch(r -> r.contains(client + "-f1")
                        && r.contains("TEMPLATE_PARAMETER_MISSING")
                        && r.contains("placeholder who has no parameter"));
        wait.until(d -> !rows("messages").isEmpty());
        screenshot("dashboard.png");

        filter("authClientId", client);
        filter("templateCode", templateB);
        browser.findElement(By.id("search")).click();
        wait.until(d -> rows("messages").size() == 2);
        assertThat(rows("messages"))
                .allMatch(r -> r.contains(templateB))
                .anyMatch(r -> r.contains(client + "-b1") && r.contains("zh-CN, en-US"));

        filter("templateCode", templateA);
        browser.findElement(By.id("search")).click();
        wait.until(d -> rows("messages").size() == 20 && rows("messages").get(0).contains(templateA));
        assertThat(rows("messages").get(0)).contains(client + "-a0 ");
        browser.findElement(By.id("next-page")).click();
        wait.until(d -> rows("messages").size() == TEMPLATE_A_MESSAGES - 20);
        assertThat(rows("messages").get(0)).contains(client + "-a20 ");
        assertThat(browser.findElement(By.id("next-page")).isEnabled()).isFalse();
        screenshot("dashboard-filtered.png");
    }

    @Test
    void aWrongTokenIsRefusedAndABadFilterExplained() {
        signIn("not-the-token");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-error"), "refused"));
        assertThat(browser.findElement(By.id("dashboard")).isDisplayed()).isFalse();

        signIn(READER_TOKEN);
        wait.until(d -> !rows("messages").isEmpty());
        filter("from", "yesterday");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filter-error"), "from must be"));
        new Select(browser.findElement(By.name("status"))).selectByValue("FAILED");
        filter("from", "");
        filter("authClientId", client);
        browser.findElement(By.id("search")).click();
        wait.until(d -> rows("messages").size() == 1);
        assertThat(rows("messages").get(0)).contains(client + "-f1", "FAILED");
    }

    private void signIn(String token) {
        WebElement field = browser.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.findElement(By.id("sign-in-button")).click();
    }

    private void filter(String name, String value) {
        WebElement field = browser.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Read in one script call: the page replaces rows as results arrive, which would stale element handles. */
    @SuppressWarnings("unchecked")
    private List<String> rows(String table) {
        return (List<String>) browser.executeScript(
                "return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))"
                        + ".map(r => Array.from(r.cells).map(c => c.textContent).join(' '));",
                table);
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
