package com.wallet.inbox.standalone;

/** Where the app and the worker find Kafka and MongoDB, embedded or not. */
record ServiceAddresses(String kafkaBootstrapServers, String mongoUri, boolean embeddedMongo) {

    /** A {@code mongosh} target to print; an external URI may carry a password, so it is not repeated. */
    String mongoHint() {
        return embeddedMongo ? mongoUri : "\"$MONGODB_URI\"";
    }
}
