package org.migkg.importer;

import java.util.List;
import org.migkg.records.EventRecord.Post;

/**
 * A stated position split into posts. {@code doubts} say why a reader should check the split; {@code asides} are
 * parenthetical remarks that are not part of any post, e.g. "(former head of policy at UNHCR Brussels)".
 */
public record ParsedPosition(List<Post> posts, List<String> doubts, List<String> asides) {
    public ParsedPosition {
        posts = List.copyOf(posts);
        doubts = List.copyOf(doubts);
        asides = List.copyOf(asides);
    }

    public boolean doubtful() {
        return !doubts.isEmpty();
    }
}
