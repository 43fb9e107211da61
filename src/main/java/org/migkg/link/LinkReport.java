package org.migkg.link;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migkg.records.Organization;

/** A readable Markdown report of what linking decided, for a reviewer: merges with evidence, uncertain pairs, new organizations. */
public final class LinkReport {
    private LinkReport() {}

    public static void write(Linked linked, int events, PrintWriter out) {
        List<Linked.Person> merged = linked.people().values().stream().filter(p -> p.mentions().size() > 1).toList();
        out.println("# Linking report");
        out.println();
        List<EventIdentity.Event> mergedEvents = linked.events().events().values().stream().filter(EventIdentity.Event::merged).toList();
        out.printf("%d event records, %d events (%d described by more than one record); %d mentions of people, %d people; "
                        + "%d people recur (mentioned more than once); %d uncertain pairs of people; %d uncertain pairs of "
                        + "events; %d unreviewed organizations; %d event relations; %d co-speaker pairs.%n",
                events, linked.events().events().size(), mergedEvents.size(), linked.personOf().size(), linked.people().size(),
                merged.size(), linked.uncertain().size(), linked.events().uncertain().size(),
                linked.unreviewedOrganizations().size(), linked.relations().size(), linked.coSpeakers().size());
        out.println();

        EventReport.write(linked.events(), out);

        out.println("## Recurring people and the evidence for each merge");
        out.println();
        if (merged.isEmpty()) {
            out.println("None.");
        }
        for (Linked.Person p : merged) {
            out.printf("### %s (`%s`), %d mentions%n", p.name(), p.id(), p.mentions().size());
            out.println();
            if (!p.alternateNames().isEmpty()) {
                out.println("- also written: " + p.alternateNames().stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")));
            }
            out.println("- mentions: " + p.mentions().stream().map(Mention::toString).collect(Collectors.joining(", ")));
            if (!p.replaces().isEmpty()) {
                out.println("- replaces: " + String.join(", ", p.replaces()));
            }
            for (Linked.Evidence e : p.evidence()) {
                out.printf("- `%s` (score %s): %s [%s]%n", e.rule(), e.score().toPlainString(), e.detail(),
                        e.mentions().stream().map(Mention::toString).collect(Collectors.joining(", ")));
            }
            out.println();
        }

        out.println("## Uncertain pairs (not merged; decide in aliases.json)");
        out.println();
        if (linked.uncertain().isEmpty()) {
            out.println("None.");
        } else {
            out.println("| mention | name | mention | name | why not merged |");
            out.println("|---|---|---|---|---|");
            for (Linked.UncertainPair u : linked.uncertain()) {
                out.printf("| %s | %s | %s | %s | %s |%n", u.a(), cell(u.nameA()), u.b(), cell(u.nameB()), cell(u.why()));
            }
        }
        out.println();

        out.println("## Unreviewed organizations (found in stated positions, not in organizations.json)");
        out.println();
        Set<String> unreviewed = new HashSet<>(linked.unreviewedOrganizations());
        List<Organization> orgs = linked.organizations().stream().filter(o -> unreviewed.contains(o.id())).toList();
        if (orgs.isEmpty()) {
            out.println("None.");
        } else {
            Map<String, Long> posts = linked.organizationOfPost().values().stream()
                    .filter(unreviewed::contains).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
            out.println("| id | name | also written | posts |");
            out.println("|---|---|---|---|");
            for (Organization o : orgs) {
                List<String> also = new java.util.ArrayList<>(o.acronyms());
                also.addAll(o.otherNames());
                out.printf("| %s | %s | %s | %d |%n", o.id(), cell(o.name()), cell(String.join("; ", also)), posts.getOrDefault(o.id(), 0L));
            }
        }
        out.flush();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
