package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import org.migkg.records.EventRecord.ReviewItem;

/** The review items of one draft, in the order the reading raised them. */
final class ReviewList {
    private final List<ReviewItem> items = new ArrayList<>();

    void flag(String field, String reason) {
        items.add(new ReviewItem(field, reason));
    }

    List<ReviewItem> items() {
        return items;
    }
}
