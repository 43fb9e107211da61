package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers reconciliation queries over one catalogue: finds candidates by name, weighs the query's properties, scores
 * (name agreement out of 100, plus or minus what the evidence says) and decides whether the best is a match. A query
 * that is an entity's id or IRI finds that entity. A query with properties and no text finds the entities the
 * evidence agrees with.
 */
final class Reconciler {
    private final Catalogue catalogue;
    private final EvidenceWeigher weigher;
    private final Map<ReconType, NameFinder> finders = new EnumMap<>(ReconType.class);

    Reconciler(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.weigher = new EvidenceWeigher(catalogue);
        finders.put(ReconType.PERSON, new PersonFinder(catalogue));
        finders.put(ReconType.ORGANIZATION, new OrganizationFinder(catalogue));
        finders.put(ReconType.EVENT, new EventFinder(catalogue));
    }

    List<Candidate> candidates(ReconQuery q) {
        if (q.unknownTypes()) {
            return List.of();
        }
        Optional<Entry> named = catalogue.byReference(q.text()).filter(e -> q.searched().contains(e.type()));
        if (named.isPresent()) {
            return List.of(new Candidate(named.get(), 1, NameStrength.FULL, weigher.weigh(named.get(), q.evidence()), 100, true));
        }
        List<Candidate> found = new ArrayList<>();
        for (ReconType type : q.searched()) {
            if (q.text().isEmpty()) {
                catalogue.entries().stream().filter(e -> e.type() == type).forEach(e -> {
                    Candidate c = candidate(e, new NameScore(0, NameStrength.WEAK), q.evidence());
                    if (c.supported() && !c.conflicts()) {
                        found.add(c);
                    }
                });
            } else {
                finders.get(type).find(q.text()).forEach((e, name) -> found.add(candidate(e, name, q.evidence())));
            }
        }
        found.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::strength)
                .thenComparing(c -> c.entry().name())
                .thenComparing(c -> c.entry().id()));
        List<Candidate> decided = Decision.decide(found);
        return decided.subList(0, Math.min(q.limit(), decided.size()));
    }

    private Candidate candidate(Entry e, NameScore name, Evidence evidence) {
        List<Check> checks = weigher.weigh(e, evidence);
        double score = 100 * name.score() + checks.stream().mapToDouble(Check::points).sum();
        score = Math.round(Math.max(0, Math.min(100, score)) * 10) / 10.0;
        return new Candidate(e, name.score(), name.strength(), checks, score, false);
    }

    /** A batch's results, keyed as its queries are. */
    ObjectNode answer(Map<String, ReconQuery> batch) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        batch.forEach((key, q) -> {
            ArrayNode result = out.putObject(key).putArray("result");
            candidates(q).forEach(c -> result.add(json(c)));
        });
        return out;
    }

    static ObjectNode json(Candidate c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", c.entry().id());
        n.put("name", c.entry().name());
        if (!c.entry().facts().isEmpty()) {
            n.put("description", c.entry().description());
        }
        n.putArray("type").add(c.entry().type().json());
        n.put("score", c.score());
        n.put("match", c.match());
        ArrayNode features = n.putArray("features");
        features.addObject().put("id", "name").put("value", Math.round(c.nameScore() * 1000) / 1000.0);
        for (Check check : c.checks()) {
            if (check.support() != Support.UNKNOWN) {
                features.addObject().put("id", check.property().id).put("value", check.support() == Support.AGREES);
            }
        }
        return n;
    }
}
