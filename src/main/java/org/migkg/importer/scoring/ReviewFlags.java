package org.migkg.importer.scoring;

import java.util.List;
import org.migkg.text.PersonName;
import org.migkg.records.EventRecord.ReviewItem;
import org.migkg.text.Folding;

/** A draft's review items, asked whether they point at a field or name a person. */
record ReviewFlags(List<ReviewItem> items) {

    ReviewFlags {
        items = List.copyOf(items);
    }

    /** Some item's field is this field, a field within it, or one it lies within. */
    boolean flags(String field) {
        return items.stream().anyMatch(item -> related(item.field(), field));
    }

    /** Some item's reason names the person's surname. */
    boolean namesPerson(String name) {
        return items.stream().anyMatch(item -> names(item, name));
    }

    static boolean related(String flagged, String field) {
        if (flagged == null) {
            return false;
        }
        return flagged.equals(field) || field.startsWith(flagged + "/") || flagged.startsWith(field + "/");
    }

    static boolean names(ReviewItem item, String personName) {
        if (item.reason() == null) {
            return false;
        }
        String reason = " " + Folding.key(item.reason()) + " ";
        return surnames(personName).stream().anyMatch(s -> !s.isEmpty() && reason.contains(" " + s + " "));
    }

    /** The surname's words folded, and for a hyphenated surname its last part too ("Klein-Solomon", "Solomon"). */
    private static List<String> surnames(String personName) {
        List<String> words = PersonName.parse(personName).surname();
        String whole = Folding.key(String.join(" ", words));
        String last = words.get(words.size() - 1);
        int hyphen = last.lastIndexOf('-');
        return hyphen < 0 ? List.of(whole) : List.of(whole, Folding.key(last.substring(hyphen + 1)));
    }
}
