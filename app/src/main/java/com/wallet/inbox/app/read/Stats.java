package com.wallet.inbox.app.read;

import java.time.Instant;
import java.util.List;

/**
 * Counts over {@code [from, to)}: delivered messages by deliveredAt, failed requests by failedAt.
 * Days are UTC dates. A message counts once per language it was sent in.
 */
record Stats(
        Instant from,
        Instant to,
        long total,
        List<StatusCount> byStatus,
        List<DayCount> byDay,
        List<TemplateCount> byTemplate,
        List<LanguageCount> byLanguage,
        List<FailureCount> byFailureCode) {

    record StatusCount(String status, long count) {}

    record DayCount(String day, long delivered, long failed) {}

    record TemplateCount(String templateCode, long delivered, long failed) {}

    record LanguageCount(String language, long count) {}

    record FailureCount(String failureCode, long count) {}
}
