package org.migkg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked.CoSpeaking;
import org.migkg.link.Linked.EntityRef;
import org.migkg.link.Linked.EntityRef.Kind;
import org.migkg.link.Linked.EventRelation;
import org.migkg.link.Linked.Evidence;
import org.migkg.link.Linked.Person;
import org.migkg.link.Linked.Reason;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;
import org.migkg.records.SourceRecord;

/** Links a validated corpus: people, organizations of posts, related events, co-speakers. */
public final class Linker {

    public Linked link(Corpus corpus) {
        OrganizationResolver resolver = new OrganizationResolver(corpus.organizations());
        Map<PostRef, String> orgOfPost = new LinkedHashMap<>();
        Map<String, Organization> newOrgs = new TreeMap<>();
        Map<Mention, String> personOf = new TreeMap<>();
        SortedMap<String, List<Mention>> mentionsOf = new TreeMap<>();
        Map<String, TreeSet<String>> namesOf = new HashMap<>();
        Map<Mention, String> curated = curatedPeople(corpus.aliases());

        for (SourceRecord source : corpus.events()) {
            EventRecord e = source.event();
            for (int i = 0; i < e.participants().size(); i++) {
                EventRecord.Participant p = e.participants().get(i);
                Mention mention = new Mention(e.id(), i + 1);
                String person = curated.getOrDefault(mention, p.person() != null ? p.person() : Names.slug(p.name()));
                personOf.put(mention, person);
                mentionsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(mention);
                namesOf.computeIfAbsent(person, k -> new TreeSet<>()).add(p.name());
                for (int j = 0; j < p.posts().size(); j++) {
                    EventRecord.Post post = p.posts().get(j);
                    String org = post.organizationId() != null ? post.organizationId()
                            : post.organization() == null ? null
                            : resolver.resolve(post.organization()).orElseGet(() -> unreviewed(post.organization(), newOrgs));
                    if (org != null) {
                        orgOfPost.put(new PostRef(mention, j), org);
                    }
                }
            }
        }

        Map<String, Person> people = new TreeMap<>();
        mentionsOf.forEach((id, mentions) -> {
            TreeSet<String> names = namesOf.get(id);
            String name = names.first();
            TreeSet<String> alternates = new TreeSet<>(names);
            alternates.remove(name);
            List<Evidence> evidence = mentions.size() < 2 ? List.of()
                    : List.of(new Evidence(curated.containsKey(mentions.get(0)) ? "curated-same-person" : "same-normalised-name",
                            BigDecimal.ONE.setScale(3), mentions, "names agree after normalisation: " + names));
            people.put(id, new Person(id, name, alternates, mentions, List.of(), evidence));
        });

        List<Organization> organizations = new ArrayList<>(corpus.organizations());
        organizations.addAll(newOrgs.values());
        return new Linked(personOf, people, orgOfPost, organizations, List.copyOf(newOrgs.keySet()),
                relations(corpus, personOf), coSpeakers(corpus, personOf), List.of());
    }

    private static String unreviewed(String mention, Map<String, Organization> newOrgs) {
        String name = OrganizationResolver.core(mention);
        String id = Names.slug(name);
        newOrgs.putIfAbsent(id, new Organization(id, name, List.of(), List.of(), null, null, null, null, List.of()));
        return id;
    }

    private static Map<Mention, String> curatedPeople(Aliases aliases) {
        Map<Mention, String> out = new HashMap<>();
        for (Aliases.SamePerson same : aliases.samePerson()) {
            same.mentions().forEach(m -> out.put(Mention.parse(m), same.person()));
        }
        return out;
    }

    private static final BigDecimal PERSON = new BigDecimal("3.0");
    private static final BigDecimal ORGANIZATION = new BigDecimal("1.0");
    private static final BigDecimal SERIES = new BigDecimal("2.0");
    private static final BigDecimal OBJECTIVE = new BigDecimal("0.5");
    private static final BigDecimal THEME = new BigDecimal("0.5");

    /** Related events through inverted indexes: only events that share something are ever compared. */
    private static List<EventRelation> relations(Corpus corpus, Map<Mention, String> personOf) {
        Map<EntityRef, Set<String>> index = new HashMap<>();
        Map<String, Set<EntityRef>> entitiesOf = new TreeMap<>();
        for (SourceRecord source : corpus.events()) {
            EventRecord e = source.event();
            Set<EntityRef> refs = new TreeSet<>(java.util.Comparator.comparing(EntityRef::kind).thenComparing(EntityRef::key));
            for (int i = 0; i < e.participants().size(); i++) {
                refs.add(new EntityRef(Kind.PERSON, personOf.get(new Mention(e.id(), i + 1))));
            }
            List<String> orgs = new ArrayList<>(e.organizers());
            orgs.addAll(e.partners());
            orgs.addAll(e.funders());
            orgs.forEach(o -> refs.add(new EntityRef(Kind.ORGANIZATION, o)));
            e.partOf().forEach(s -> refs.add(new EntityRef(Kind.SERIES, s.id())));
            e.gcmObjectives().forEach(n -> refs.add(new EntityRef(Kind.OBJECTIVE, Integer.toString(n))));
            e.themes().forEach(t -> refs.add(new EntityRef(Kind.THEME, t)));
            entitiesOf.put(e.id(), refs);
            refs.forEach(r -> index.computeIfAbsent(r, k -> new TreeSet<>()).add(e.id()));
        }
        List<EventRelation> out = new ArrayList<>();
        entitiesOf.forEach((event, refs) -> {
            Map<String, Map<Kind, List<EntityRef>>> shared = new TreeMap<>();
            for (EntityRef ref : refs) {
                for (String other : index.get(ref)) {
                    if (other.compareTo(event) > 0) {
                        shared.computeIfAbsent(other, k -> new TreeMap<>()).computeIfAbsent(ref.kind(), k -> new ArrayList<>()).add(ref);
                    }
                }
            }
            shared.forEach((other, byKind) -> {
                List<Reason> reasons = new ArrayList<>();
                byKind.forEach((kind, list) -> reasons.add(reason(kind, list)));
                BigDecimal score = reasons.stream().map(Reason::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                out.add(new EventRelation(event, other, score.setScale(3, RoundingMode.HALF_UP), reasons));
            });
        });
        return out;
    }

    private static Reason reason(Kind kind, List<EntityRef> shared) {
        BigDecimal each = switch (kind) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case SERIES -> SERIES;
            case OBJECTIVE -> OBJECTIVE;
            case THEME, TERM -> THEME;
        };
        String type = switch (kind) {
            case PERSON -> "shared-people";
            case ORGANIZATION -> "shared-organizations";
            case SERIES -> "same-series";
            case OBJECTIVE -> "shared-gcm-objectives";
            case THEME -> "shared-themes";
            case TERM -> "similar-text";
        };
        String keys = String.join(", ", shared.stream().map(EntityRef::key).toList());
        return new Reason(type, each.multiply(BigDecimal.valueOf(shared.size())).setScale(3, RoundingMode.HALF_UP), shared,
                shared.size() + " " + type.replace('-', ' ') + ": " + keys);
    }

    private static List<CoSpeaking> coSpeakers(Corpus corpus, Map<Mention, String> personOf) {
        Map<String, Set<String>> pairs = new TreeMap<>();
        for (SourceRecord source : corpus.events()) {
            EventRecord e = source.event();
            TreeSet<String> persons = new TreeSet<>();
            for (int i = 0; i < e.participants().size(); i++) {
                persons.add(personOf.get(new Mention(e.id(), i + 1)));
            }
            List<String> list = List.copyOf(persons);
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    pairs.computeIfAbsent(list.get(a) + "\n" + list.get(b), k -> new TreeSet<>()).add(e.id());
                }
            }
        }
        List<CoSpeaking> out = new ArrayList<>();
        pairs.forEach((key, events) -> {
            String[] ab = key.split("\n");
            out.add(new CoSpeaking(ab[0], ab[1], List.copyOf(events)));
        });
        return out;
    }
}
