package org.migkg.link;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.migkg.records.EventRecord;
import org.migkg.text.Folding;

/**
 * What deciding whether two records describe one event looks at: the days they can mean, the words of the title,
 * the people (as linked), the organizations involved (organizers, partners, funders and the site that published the
 * page), the series, and the page they came from.
 */
record EventProfile(int index, String id, EventSpan span, String stated, TitleWords title, Set<String> people,
                    Set<String> organizations, Set<String> series, String page, int detail) {

    static EventProfile of(int index, EventRecord e, Map<Mention, String> personOf) {
        Set<String> people = new TreeSet<>();
        for (int i = 0; i < e.participants().size(); i++) {
            people.add(personOf.get(new Mention(e.id(), i + 1)));
        }
        Set<String> orgs = new TreeSet<>(e.organizers());
        orgs.addAll(e.partners());
        orgs.addAll(e.funders());
        if (e.source() != null && e.source().publisher() != null) {
            orgs.add(e.source().publisher());
        }
        Set<String> series = new TreeSet<>();
        e.partOf().forEach(p -> series.add(p.id()));
        EventSpan span = EventSpan.of(e);
        String stated = e.start() + (e.end() == null ? "" : " to " + e.end());
        return new EventProfile(index, e.id(), span, stated, TitleWords.of(e.title()), Set.copyOf(people), Set.copyOf(orgs),
                Set.copyOf(series), page(e), detail(span, e));
    }

    /** The page a record was read from: its address, else the saved copy. */
    private static String page(EventRecord e) {
        if (e.source() == null) {
            return null;
        }
        if (e.source().url() != null) {
            return Folding.lower(e.source().url()).replaceFirst("^https?://(www\\.)?", "").replaceFirst("/+$", "");
        }
        return e.source().document();
    }

    /** How much the record states, to rank an event's records: how precise its date, then how many people. */
    private static int detail(EventSpan span, EventRecord e) {
        int precision = switch (span.precision()) {
            case YEAR -> 0;
            case MONTH -> 1;
            case DAY -> 2;
            case TIME, LOCAL_TIME -> 3;
        };
        return precision * 10_000 + Math.min(9_999, e.participants().size() * 10 + Math.min(9, e.organizers().size() + e.partners().size() + e.funders().size()));
    }
}
