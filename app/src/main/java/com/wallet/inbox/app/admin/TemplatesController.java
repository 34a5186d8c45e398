package com.wallet.inbox.app.admin;

import com.wallet.inbox.app.intake.LanguageTag;
import com.wallet.inbox.app.template.TemplateStore;
import com.wallet.inbox.app.web.BadParameter;
import com.wallet.inbox.schemas.TemplateVariant;
import com.wallet.inbox.schemas.TemplateVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code PUT|GET /admin/v1/templates/{templateCode}}: each PUT adds a version; GET shows the latest. */
@RestController
class TemplatesController {

    private final TemplateStore store;

    TemplatesController(TemplateStore store) {
        this.store = store;
    }

    @PutMapping("/admin/v1/templates/{templateCode}")
    Map<String, Object> put(@PathVariable String templateCode, @RequestBody(required = false) @Nullable JsonNode body) {
        AdminJson.bounded(templateCode, "templateCode", 256);
        JsonNode fields = AdminJson.object(body);
        String authClientId = AdminJson.optional(fields, "authClientId", "authClientId", 128);
        String defaultLanguage =
                language(AdminJson.required(fields, "defaultLanguage", "defaultLanguage", 64), "defaultLanguage");
        List<TemplateVariant> contents = contents(fields.get("contents"));
        if (contents.stream().noneMatch(c -> c.language().equals(defaultLanguage))) {
            throw new BadParameter("defaultLanguage", "must be one of the languages in contents");
        }
        return view(store.addVersion(templateCode, authClientId, defaultLanguage, contents));
    }

    @GetMapping("/admin/v1/templates/{templateCode}")
    Map<String, Object> get(@PathVariable String templateCode) {
        return view(store.latest(templateCode).orElseThrow(() -> new AdminNotFound("No template " + templateCode)));
    }

    private static List<TemplateVariant> contents(@Nullable JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            throw new BadParameter("contents", "must be an object of at least one language");
        }
        List<TemplateVariant> contents = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "contents." + entry.getKey();
            String language = language(entry.getKey(), path);
            if (!seen.add(new LanguageTag(language).key())) {
                throw new BadParameter(path, "duplicates another language");
            }
            JsonNode variant = entry.getValue();
            if (!variant.isObject()) {
                throw new BadParameter(path, "must be an object {title, content, url?}");
            }
            contents.add(new TemplateVariant(
                    language,
                    AdminJson.required(variant, "title", path + ".title", 256),
                    AdminJson.required(variant, "content", path + ".content", 4096),
                    AdminJson.optional(variant, "url", path + ".url", 2048)));
        }
        return contents;
    }

    private static String language(String value, String path) {
        try {
            return new LanguageTag(value).value();
        } catch (IllegalArgumentException e) {
            throw new BadParameter(path, e.getMessage());
        }
    }

    private static Map<String, Object> view(TemplateVersion template) {
        Map<String, Object> contents = new LinkedHashMap<>();
        for (TemplateVariant v : template.contents()) {
            Map<String, String> variant = new LinkedHashMap<>();
            variant.put("title", v.title());
            variant.put("content", v.content());
            if (v.url() != null) {
                variant.put("url", v.url());
            }
            contents.put(v.language(), variant);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("templateCode", template.templateCode());
        view.put("version", template.version());
        if (template.authClientId() != null) {
            view.put("authClientId", template.authClientId());
        }
        view.put("defaultLanguage", template.defaultLanguage());
        view.put("contents", contents);
        view.put("createdAt", template.createdAt());
        return view;
    }
}
