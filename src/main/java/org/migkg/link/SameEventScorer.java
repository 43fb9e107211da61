package org.migkg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.migkg.link.Linked.EntityRef;
import org.migkg.link.Linked.EntityRef.Kind;
import org.migkg.link.Linked.Reason;

/**
 * How strongly two records look like two pages about one event, as a score that is the sum of its reasons: the same
 * day (or overlapping days; less when a page gives only the month or year), meeting hours, title words in common,
 * shared people, shared organizations (organizers, partners, funders, the publishing site), the same series; and
 * against it, people the shorter list names that the other does not (a page about an event may name fewer of its
 * speakers, not others). Some differences settle it: titles that number different parts,
 * or two events read from one page (a page that lists several). Hours that do not meet on the same day (a day's
 * conference and its evening debate) keep a pair from merging on its own, for a reviewer to decide.
 */
final class SameEventScorer {
    static final int SCALE = 3;
    static final BigDecimal SAME_DAY = new BigDecimal("2.0");
    static final BigDecimal WITHIN_PERIOD = new BigDecimal("1.0");
    static final BigDecimal SAME_HOURS = new BigDecimal("1.0");
    static final BigDecimal TITLE = new BigDecimal("4.0");
    static final BigDecimal PERSON = new BigDecimal("1.5");
    static final BigDecimal PEOPLE_CAP = new BigDecimal("6.0");
    static final BigDecimal ORGANIZATION = new BigDecimal("1.0");
    static final BigDecimal ORGANIZATIONS_CAP = new BigDecimal("3.0");
    static final BigDecimal SERIES = new BigDecimal("1.0");
    static final BigDecimal SERIES_CAP = new BigDecimal("2.0");
    static final BigDecimal UNSHARED_PERSON = new BigDecimal("-1.5");
    static final BigDecimal UNSHARED_CAP = new BigDecimal("-4.5");

    /** A pair at or above this score, with titles at least {@link #MERGE_TITLE} alike and nothing against it, is merged. */
    static final BigDecimal MERGE = new BigDecimal("7.0");
    static final double MERGE_TITLE = 0.4;
    /** A pair at or above this score that is not merged is listed for review. */
    static final BigDecimal REVIEW = new BigDecimal("4.5");

    private static final Duration SLACK = Duration.ofMinutes(30);

    /** What speaks against a pair: {@code decisive} when it settles that they are different events. */
    record Conflict(String why, boolean decisive) {}

    record Match(BigDecimal score, List<Reason> reasons, double titleSimilarity, Conflict conflict) {
        boolean mergeable() {
            return conflict == null && titleSimilarity >= MERGE_TITLE && score.compareTo(MERGE) >= 0;
        }

        boolean reviewable() {
            return (conflict == null || !conflict.decisive()) && score.compareTo(REVIEW) >= 0;
        }

        /** Why a pair worth a look was not merged. */
        String whyNot() {
            if (conflict != null) {
                return conflict.why();
            }
            if (titleSimilarity < MERGE_TITLE) {
                return String.format(Locale.ROOT, "titles share too little (similarity %.2f, %.2f needed to merge)", titleSimilarity, MERGE_TITLE);
            }
            return "score " + score.toPlainString() + " is below " + MERGE.toPlainString() + ", the score that merges";
        }
    }

    private SameEventScorer() {}

    /** The score with its reasons spelled out. @param nameWords each organization's name words, by id */
    static Match score(EventProfile a, EventProfile b, Map<String, Set<String>> nameWords) {
        return score(a, b, nameWords, true);
    }

    /** The score alone, without the reasons' explanations: cheap enough for every candidate pair. */
    static Match estimate(EventProfile a, EventProfile b, Map<String, Set<String>> nameWords) {
        return score(a, b, nameWords, false);
    }

    /** Adds up reasons; spells them out only when asked. */
    private static final class Tally {
        final boolean explain;
        final List<Reason> reasons = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;

        Tally(boolean explain) {
            this.explain = explain;
        }

        void add(String type, BigDecimal weight, List<EntityRef> shared, Supplier<String> explanation) {
            sum = sum.add(weight);
            if (explain) {
                reasons.add(new Reason(type, weight, shared, explanation.get()));
            }
        }
    }

    private static Match score(EventProfile a, EventProfile b, Map<String, Set<String>> nameWords, boolean explain) {
        Tally t = new Tally(explain);
        List<EntityRef> orgs = shared(Kind.ORGANIZATION, a.organizations(), b.organizations());
        Set<String> ignored = new TreeSet<>();
        orgs.forEach(o -> ignored.addAll(nameWords.getOrDefault(o.key(), Set.of())));
        Conflict conflict = null;
        if (a.span().overlaps(b.span())) {
            if (a.span().dayKnown() && b.span().dayKnown()) {
                boolean sameDay = a.span().singleDay() && b.span().singleDay();
                t.add(sameDay ? "same-day" : "overlapping-dates", SAME_DAY, List.of(),
                        () -> sameDay ? "both on " + a.span().from() : a.span().describe() + " and " + b.span().describe() + " overlap");
                if (sameDay && a.span().timesComparable(b.span())) {
                    if (a.span().hoursMeet(b.span(), SLACK)) {
                        t.add("same-hours", SAME_HOURS, List.of(), () -> "the stated hours meet");
                    } else {
                        conflict = new Conflict(explain ? "the stated hours of the same day do not meet (" + a.stated() + "; "
                                + b.stated() + "): two parts of one programme?" : "hours", false);
                    }
                }
            } else {
                EventProfile wide = a.span().dayKnown() ? b : a;
                EventProfile narrow = wide == a ? b : a;
                t.add("date-within-stated-period", WITHIN_PERIOD, List.of(),
                        () -> wide.stated() + " (a page that gives no day) includes " + narrow.stated());
            }
        }
        double title = a.title().similarity(b.title(), ignored);
        if (title > 0) {
            t.add("similar-title", scaled(TITLE.multiply(BigDecimal.valueOf(title))), List.of(), () -> String.format(Locale.ROOT,
                    "title similarity %.3f; words in common: %s", title, String.join(", ", a.title().common(b.title(), ignored))));
        }
        if (a.title().numberedApart(b.title())) {
            conflict = new Conflict("the titles number different parts (" + String.join(" ", a.title().numbers()) + " / "
                    + String.join(" ", b.title().numbers()) + ")", true);
        } else if (a.page() != null && a.page().equals(b.page()) && title < 1.0) {
            conflict = new Conflict("both were read from one page (" + a.page() + "), which lists several events", true);
        }
        List<EntityRef> people = shared(Kind.PERSON, a.people(), b.people());
        if (!people.isEmpty()) {
            t.add("shared-people", capped(PERSON, people.size(), PEOPLE_CAP), people, () -> people.size() + " shared people: " + keys(people));
        }
        int fewer = Math.min(a.people().size(), b.people().size());
        int unmatched = fewer - people.size();
        if (fewer > 0 && unmatched > 0) {
            t.add("unshared-people", scaled(UNSHARED_PERSON.multiply(BigDecimal.valueOf(unmatched)).max(UNSHARED_CAP)), List.of(),
                    () -> unmatched + " of the " + fewer + " people the shorter list names " + (unmatched == 1 ? "is" : "are")
                            + " not on the other (" + a.people().size() + " and " + b.people().size() + " named)");
        }
        if (!orgs.isEmpty()) {
            t.add("shared-organizations", capped(ORGANIZATION, orgs.size(), ORGANIZATIONS_CAP), orgs,
                    () -> orgs.size() + " shared organizers, partners, funders or publishers: " + keys(orgs));
        }
        List<EntityRef> series = shared(Kind.SERIES, a.series(), b.series());
        if (!series.isEmpty()) {
            t.add("same-series-or-partnership", capped(SERIES, series.size(), SERIES_CAP), series,
                    () -> series.size() + " shared series or partnerships: " + keys(series));
        }
        return new Match(scaled(t.sum), List.copyOf(t.reasons), title, conflict);
    }

    private static List<EntityRef> shared(Kind kind, Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        return small.stream().filter(large::contains).sorted().map(k -> new EntityRef(kind, k)).toList();
    }

    private static BigDecimal capped(BigDecimal each, int count, BigDecimal cap) {
        return scaled(each.multiply(BigDecimal.valueOf(count)).min(cap));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static String keys(List<EntityRef> refs) {
        return String.join(", ", refs.stream().map(EntityRef::key).toList());
    }
}
