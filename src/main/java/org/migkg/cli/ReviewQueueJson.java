package org.migkg.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.migkg.link.ReviewQueue;
import org.migkg.records.DataReader;

/** The review queue as JSON for a tool ({@code data/schema/review-queue.schema.json}): the questions, in their order. */
final class ReviewQueueJson {
    private ReviewQueueJson() {}

    static String write(List<ReviewQueue.Question> questions) {
        ObjectNode root = DataReader.JSON.createObjectNode().put("$schema", "https://w3id.org/migkg/schema/review-queue.schema.json");
        ArrayNode list = root.putArray("questions");
        for (ReviewQueue.Question q : questions) {
            ObjectNode item = list.addObject().put("key", q.key()).put("kind", q.kind().name().toLowerCase(Locale.ROOT))
                    .put("weight", q.weight()).put("summary", q.summary());
            ArrayNode subjects = item.putArray("subjects");
            Arrays.stream(q.key().split(" ")).skip(1).forEach(subjects::add);
            q.evidence().forEach(item.putArray("evidence")::add);
            q.closedBy().forEach(item.putArray("closedBy")::add);
        }
        try {
            return DataReader.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
