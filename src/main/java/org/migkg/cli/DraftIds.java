package org.migkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.migkg.records.EventRecord;

/** Ids unique within one import: a second draft with an id already given gets a number, and says why. */
final class DraftIds {
    private DraftIds() {}

    static EventRecord unique(EventRecord draft, Set<String> given) {
        if (given.add(draft.id())) {
            return draft;
        }
        String id = draft.id();
        for (int n = 2; !given.add(id); n++) {
            id = draft.id() + "-" + n;
        }
        List<EventRecord.ReviewItem> review = new ArrayList<>(draft.review());
        review.add(new EventRecord.ReviewItem("/id", "another page of this import gives the id " + draft.id()
                + "; if both describe the same event, keep one record and add this page as its second source"));
        return draft.withId(id).withReview(review);
    }
}
