package com.wallet.inbox.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.wallet.inbox.app.support.IntegrationTestBase;
import com.wallet.inbox.schemas.InboxCollections;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReadIndexesIT extends IntegrationTestBase {

    @Autowired
    private MongoDatabase database;

    @Test
    void theReadQueriesIndexesExistAfterStartup() {
        assertThat(indexes(InboxCollections.MESSAGES))
                .contains(
                        ReadIndexes.MESSAGES_BY_TIME + " {\"deliveredAt\": -1, \"_id\": -1}",
                        ReadIndexes.INBOX_OF_USER + " {\"userId\": 1, \"deliveredAt\": -1, \"_id\": -1}",
                        ReadIndexes.MESSAGES_BY_TEMPLATE + " {\"templateCode\": 1, \"deliveredAt\": -1, \"_id\": -1}");
        assertThat(indexes(InboxCollections.REQUESTS))
                .contains(ReadIndexes.FAILURES_BY_TIME + " {\"status\": 1, \"failedAt\": -1, \"_id\": -1}");
    }

    private List<String> indexes(String collection) {
        List<String> names = new ArrayList<>();
        for (Document index : database.getCollection(collection).listIndexes()) {
            names.add(index.getString("name") + " "
                    + index.get("key", Document.class).toJson());
        }
        return names;
    }
}
