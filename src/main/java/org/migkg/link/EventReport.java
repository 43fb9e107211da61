package org.migkg.link;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The events part of the linking report: records merged into one event with the evidence, and pairs left for review. */
final class EventReport {
    private EventReport() {}

    static void write(EventIdentity identity, PrintWriter out) {
        List<EventIdentity.Event> merged = identity.events().values().stream().filter(EventIdentity.Event::merged).toList();
        out.println("## Events described by more than one record, and the evidence for each merge");
        out.println();
        if (merged.isEmpty()) {
            out.println("None.");
            out.println();
        }
        for (EventIdentity.Event e : merged) {
            out.printf("### `%s`, %d records%n", e.id(), e.records().size());
            out.println();
            out.println("- records (the first gives the title and dates): " + String.join(", ", e.records()));
            if (!e.retired().isEmpty()) {
                out.println("- retired ids, redirecting here: " + String.join(", ", e.retired()));
            }
            for (EventIdentity.Evidence ev : e.evidence()) {
                out.printf("- `%s` %s + %s (score %s): %s%n", ev.rule(), ev.recordA(), ev.recordB(), ev.score().toPlainString(),
                        reasons(ev.reasons()));
            }
            out.println();
        }
        out.println("## Uncertain pairs of events (not merged; decide in aliases.json with sameEvent or differentEvents)");
        out.println();
        if (identity.uncertain().isEmpty()) {
            out.println("None.");
        } else {
            out.println("| record | record | score | reasons | why not merged |");
            out.println("|---|---|---|---|---|");
            for (EventIdentity.UncertainEvents u : identity.uncertain()) {
                out.printf("| %s | %s | %s | %s | %s |%n", u.recordA(), u.recordB(), u.score().toPlainString(),
                        cell(reasons(u.reasons())), cell(u.why()));
            }
        }
        out.println();
    }

    static String reasons(List<Linked.Reason> reasons) {
        return reasons.stream().map(r -> r.type() + " " + (r.weight().signum() < 0 ? "" : "+") + r.weight().toPlainString()
                + " (" + r.explanation() + ")").collect(Collectors.joining("; "));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
