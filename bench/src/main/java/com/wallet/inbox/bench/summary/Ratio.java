package com.wallet.inbox.bench.summary;

import java.util.List;
import java.util.OptionalDouble;

/** A main result over its ceiling, both medians; absent when either was not measured. */
record Ratio(String name, String result, String ceiling) {

    static final List<Ratio> ALL = List.of(
            new Ratio("intake / bare HTTP", "load:intake.requestsPerSec", "bare-http:intake.requestsPerSec"),
            new Ratio(
                    "intake / raw Kafka produce", "load:intake.requestsPerSec", "kafka-produce:produce.recordsPerSec"),
            new Ratio(
                    "delivery / raw bulk insert", "load:delivery.messagesPerSec", "bulk-insert:insert.documentsPerSec"),
            // The worker alone, draining a backlog already published: what item 4's worker target is about.
            new Ratio(
                    "worker drain / raw bulk insert",
                    "drain:drain.afterPublishPerSec",
                    "bulk-insert:insert.documentsPerSec"),
            // The earlier figure, timed from the first publish, so the publisher's share of the machine is in it.
            new Ratio(
                    "worker drain from first publish / raw bulk insert",
                    "drain:drain.messagesPerSec",
                    "bulk-insert:insert.documentsPerSec"));

    OptionalDouble of(Medians medians) {
        OptionalDouble numerator = lookup(medians, result);
        OptionalDouble denominator = lookup(medians, ceiling);
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
    }

    private static OptionalDouble lookup(Medians medians, String reference) {
        int colon = reference.indexOf(':');
        return medians.get(reference.substring(0, colon), reference.substring(colon + 1));
    }
}
