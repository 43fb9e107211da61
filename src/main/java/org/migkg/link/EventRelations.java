package org.migkg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked.EntityRef;
import org.migkg.link.Linked.EntityRef.Kind;
import org.migkg.link.Linked.EventRelation;
import org.migkg.link.Linked.Reason;
import org.migkg.records.EventRecord;

/**
 * Related events, ranked, with the reasons that make up each score: shared people, shared organizers, partners or
 * funders, the same series or partnership, shared GCM objectives and themes, and similar text.
 *
 * <p>Nothing compares all pairs. An inverted index maps each person, organization, series, objective and theme to its
 * events; an event's candidates are the events reached through its entities whose lists are short enough to say
 * something ({@link #GENERATOR_LIMIT}), plus its nearest neighbours by text. Entities on longer lists (an objective most
 * events address, a prolific organizer) still add to the score of a candidate, but do not make candidates. Each event
 * keeps its {@link #PER_EVENT} best relations; a relation is kept when it is among the best of either event, so the
 * graph grows linearly with the number of events.
 */
final class EventRelations {
    static final int PER_EVENT = 10;
    static final int GENERATOR_LIMIT = 100;
    static final double MIN_TEXT_SIMILARITY = 0.2;
    static final int SCALE = 3;

    static final BigDecimal PERSON = new BigDecimal("3.0");
    static final BigDecimal ORGANIZATION = new BigDecimal("1.0");
    static final BigDecimal SERIES = new BigDecimal("2.0");
    static final BigDecimal OBJECTIVE = new BigDecimal("0.5");
    static final BigDecimal THEME = new BigDecimal("0.5");
    static final BigDecimal TEXT = new BigDecimal("2.0");

    private static final Comparator<EntityRef> REF_ORDER = Comparator.comparing(EntityRef::kind).thenComparing(EntityRef::key);

    private EventRelations() {}

    /** Relations between real events: the records of one event pool their people, organizations and concepts. */
    static List<EventRelation> compute(List<EventRecord> records, Map<Mention, String> personOf, EventIdentity identity) {
        Map<String, EventRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<String> ids = new ArrayList<>(identity.events().keySet());
        List<Set<EntityRef>> pooled = new ArrayList<>(ids.size());
        List<String> texts = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<String> of = identity.events().get(id).records();
            Set<EntityRef> refs = features(byId.get(of.get(0)), personOf);
            of.subList(1, of.size()).forEach(r -> refs.addAll(features(byId.get(r), personOf)));
            pooled.add(refs);
            texts.add(text(byId.get(of.get(0))));
        }
        return compute(ids, pooled, texts);
    }

    private static List<EventRelation> compute(List<String> ids, List<Set<EntityRef>> eventFeatures, List<String> texts) {
        int n = ids.size();
        List<Set<EntityRef>> features = new ArrayList<>(n);
        Map<EntityRef, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<EntityRef> refs = eventFeatures.get(i);
            features.add(refs);
            for (EntityRef ref : refs) {
                index.computeIfAbsent(ref, k -> new ArrayList<>()).add(i);
            }
        }
        TextSimilarity.Result text = TextSimilarity.neighbours(texts, PER_EVENT, MIN_TEXT_SIMILARITY);
        Map<Long, Double> similarity = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (TextSimilarity.Neighbour nb : text.neighbours().get(i)) {
                similarity.merge(pair(i, nb.other()), nb.similarity(), Math::max);
            }
        }
        List<List<Integer>> textNeighbours = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            textNeighbours.add(new ArrayList<>());
        }
        similarity.keySet().forEach(key -> {
            textNeighbours.get((int) (key >>> 32)).add((int) (long) key);
            textNeighbours.get((int) (long) key).add((int) (key >>> 32));
        });

        List<Set<EntityRef>> lookup = features.stream().map(f -> (Set<EntityRef>) new HashSet<>(f)).toList();
        List<List<long[]>> textOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            textOf.add(new ArrayList<>());
        }
        similarity.forEach((key, sim) -> {
            long textMillis = Math.round(sim * 1000) * TEXT_MILLIS / 1000;
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            textOf.get(a).add(new long[] {b, textMillis});
            textOf.get(b).add(new long[] {a, textMillis});
        });
        Map<Long, EventRelation> kept = new TreeMap<>();
        long[] millis = new long[n];
        boolean[] touched = new boolean[n];
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            candidates.clear();
            List<EntityRef> common = new ArrayList<>();
            // scores accumulate along postings; entities on long lists only add to candidates found otherwise
            for (EntityRef ref : features.get(i)) {
                List<Integer> posting = index.get(ref);
                if (posting.size() > generatorLimit(ref.kind())) {
                    common.add(ref);
                    continue;
                }
                long weight = millis(ref.kind());
                for (int j : posting) {
                    if (j != i) {
                        if (!touched[j]) {
                            touched[j] = true;
                            candidates.add(j);
                        }
                        millis[j] += weight;
                    }
                }
            }
            for (long[] neighbour : textOf.get(i)) {
                int j = (int) neighbour[0];
                if (!touched[j]) {
                    touched[j] = true;
                    candidates.add(j);
                }
                millis[j] += neighbour[1];
            }
            long[] commonMillis = common.stream().mapToLong(ref -> millis(ref.kind())).toArray();
            List<Scored> scored = new ArrayList<>(Math.min(candidates.size(), 1024));
            long floor = Long.MIN_VALUE;
            for (int j : candidates) {
                long score = millis[j];
                millis[j] = 0;
                touched[j] = false;
                if (!common.isEmpty()) {
                    Set<EntityRef> other = lookup.get(j);
                    for (int c = 0; c < commonMillis.length; c++) {
                        if (other.contains(common.get(c))) {
                            score += commonMillis[c];
                        }
                    }
                }
                if (score > 0 && score >= floor) {
                    scored.add(new Scored(j, ids.get(j), score));
                    if (scored.size() > 4 * PER_EVENT) {
                        // keep the list short: only the best PER_EVENT can be kept anyway
                        scored.sort(BEST_FIRST);
                        scored.subList(PER_EVENT, scored.size()).clear();
                        floor = scored.get(PER_EVENT - 1).millis();
                    }
                }
            }
            scored.sort(BEST_FIRST);
            for (Scored s : scored.subList(0, Math.min(PER_EVENT, scored.size()))) {
                int a = Math.min(i, s.other());
                int b = Math.max(i, s.other());
                kept.computeIfAbsent(pair(a, b), k -> relation(ids.get(a), ids.get(b), features.get(a), lookup.get(b),
                        similarity.getOrDefault(k, 0.0), text.terms().get(a), text.terms().get(b)));
            }
        }
        List<EventRelation> out = new ArrayList<>(kept.values());
        out.sort(Comparator.comparing(EventRelation::eventA).thenComparing(EventRelation::eventB));
        return out;
    }

    /** Objectives and themes are few and shared widely, so they make candidates only in small corpora. */
    private static int generatorLimit(Kind kind) {
        return kind == Kind.OBJECTIVE || kind == Kind.THEME ? GENERATOR_LIMIT / 5 : GENERATOR_LIMIT;
    }

    private static final long TEXT_MILLIS = TEXT.movePointRight(3).longValueExact();

    private static long millis(Kind kind) {
        return weight(kind).movePointRight(3).longValueExact();
    }

    private static BigDecimal weight(Kind kind) {
        return switch (kind) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case SERIES -> SERIES;
            case OBJECTIVE -> OBJECTIVE;
            case THEME -> THEME;
        };
    }

    /** A candidate's score in thousandths, to rank before the reasons are spelled out. */
    private record Scored(int other, String otherId, long millis) {}

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingLong(Scored::millis).reversed().thenComparing(Scored::otherId);

    private static long pair(int i, int j) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        return ((long) a << 32) | b;
    }

    static String text(EventRecord e) {
        return e.title() + (e.subtitle() == null ? "" : "\n" + e.subtitle()) + "\n" + String.join("\n", e.description());
    }

    private static Set<EntityRef> features(EventRecord e, Map<Mention, String> personOf) {
        Set<EntityRef> refs = new TreeSet<>(REF_ORDER);
        for (int i = 0; i < e.participants().size(); i++) {
            refs.add(new EntityRef(Kind.PERSON, personOf.get(new Mention(e.id(), i + 1))));
        }
        e.organizers().forEach(o -> refs.add(new EntityRef(Kind.ORGANIZATION, o)));
        e.partners().forEach(o -> refs.add(new EntityRef(Kind.ORGANIZATION, o)));
        e.funders().forEach(o -> refs.add(new EntityRef(Kind.ORGANIZATION, o)));
        e.partOf().forEach(s -> refs.add(new EntityRef(Kind.SERIES, s.id())));
        e.gcmObjectives().forEach(o -> refs.add(new EntityRef(Kind.OBJECTIVE, Integer.toString(o))));
        e.themes().forEach(t -> refs.add(new EntityRef(Kind.THEME, t)));
        return refs;
    }

    private static EventRelation relation(String a, String b, Set<EntityRef> fa, Set<EntityRef> fb,
                                          double textSimilarity, List<String> termsA, List<String> termsB) {
        Map<Kind, List<EntityRef>> shared = new TreeMap<>();
        for (EntityRef ref : fa) {
            if (fb.contains(ref)) {
                shared.computeIfAbsent(ref.kind(), k -> new ArrayList<>()).add(ref);
            }
        }
        List<Reason> reasons = new ArrayList<>();
        shared.forEach((kind, refs) -> reasons.add(reason(kind, refs)));
        if (textSimilarity > 0) {
            BigDecimal sim = BigDecimal.valueOf(textSimilarity).setScale(SCALE, RoundingMode.HALF_UP);
            List<String> common = termsA.stream().filter(termsB::contains).sorted().toList();
            reasons.add(new Reason("similar-text", TEXT.multiply(sim).setScale(SCALE, RoundingMode.HALF_UP), List.of(),
                    "title and description similarity " + sim.toPlainString()
                            + (common.isEmpty() ? "" : "; shared terms (stemmed): " + String.join(", ", common))));
        }
        if (reasons.isEmpty()) {
            return null;
        }
        BigDecimal score = reasons.stream().map(Reason::weight).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(SCALE, RoundingMode.HALF_UP);
        if (score.signum() <= 0) {
            return null;
        }
        return new EventRelation(a, b, score, reasons);
    }

    private static Reason reason(Kind kind, List<EntityRef> shared) {
        BigDecimal each = weight(kind);
        String type = switch (kind) {
            case PERSON -> "shared-people";
            case ORGANIZATION -> "shared-organizations";
            case SERIES -> "same-series-or-partnership";
            case OBJECTIVE -> "shared-gcm-objectives";
            case THEME -> "shared-themes";
        };
        String what = switch (kind) {
            case PERSON -> "people";
            case ORGANIZATION -> "organizers, partners or funders";
            case SERIES -> "series or partnerships";
            case OBJECTIVE -> "GCM objectives";
            case THEME -> "cross-cutting themes";
        };
        String keys = String.join(", ", shared.stream().map(EntityRef::key).toList());
        return new Reason(type, each.multiply(BigDecimal.valueOf(shared.size())).setScale(SCALE, RoundingMode.HALF_UP), shared,
                shared.size() + " shared " + what + ": " + keys);
    }
}
