package com.wallet.inbox.app.ops;

import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The merchant API a call was for, as a metric tag: one of the mapped {@code /v2/} paths, else
 * {@code other}, so that arbitrary URIs cannot create series.
 */
final class MerchantApis {

    static final String OTHER = "other";

    /** Every merchant API's path starts so; the metrics filter is mapped to it. */
    static final String PREFIX = "/v2/";

    private final RequestMappingHandlerMapping mapping;
    private volatile @Nullable Set<String> paths;

    MerchantApis(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    String of(String requestUri) {
        return paths().contains(requestUri) ? requestUri : OTHER;
    }

    /** Read on first use: the mappings are complete once requests are served. */
    private Set<String> paths() {
        Set<String> known = paths;
        if (known == null) {
            known = mapping.getHandlerMethods().keySet().stream()
                    .flatMap(info -> info.getPatternValues().stream())
                    .filter(path -> path.startsWith(PREFIX))
                    .collect(Collectors.toUnmodifiableSet());
            paths = known;
        }
        return known;
    }
}
