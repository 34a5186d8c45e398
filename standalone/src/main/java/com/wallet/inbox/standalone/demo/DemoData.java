package com.wallet.inbox.standalone.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** The demo records, matching the sample request of {@code sendInbox.txt} so that it works as is. */
final class DemoData {

    static final String CLIENT_ID = "202016726873874774774xxxx";
    static final String USER_ID = "demo-user-0001";
    static final String ACCESS_TOKEN = "2019112719074101000700000077771xxxx";
    static final String TEMPLATE_CODE = "TP_5800000001xxxx";

    private DemoData() {}

    static Map<String, Object> client() {
        return ordered("name", "Demo merchant", "status", "ACTIVE");
    }

    static Map<String, Object> user() {
        return ordered("status", "ACTIVE");
    }

    static Map<String, Object> token() {
        return ordered("authClientId", CLIENT_ID, "userId", USER_ID, "accessToken", ACCESS_TOKEN);
    }

    /** Usable by every client (no authClientId); English first, as the default language. */
    static Map<String, Object> template() {
        Map<String, Object> contents = ordered(
                "en-US",
                ordered("title", "Hello {{who}}", "content", "Hi {{who}}, you have a new message in your inbox."),
                "zh-CN",
                ordered("title", "{{who}}，你好", "content", "{{who}}，你的收件箱有一条新消息。"));
        return ordered("defaultLanguage", "en-US", "contents", contents);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
