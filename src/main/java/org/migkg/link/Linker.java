package org.migkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.migkg.link.Linked.CoSpeaking;
import org.migkg.link.Linked.EventRelation;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.EventRecord;
import org.migkg.records.Organization;
import org.migkg.records.SourceRecord;
import org.migkg.text.Folding;
import org.migkg.text.PersonName;

/**
 * Links a validated corpus: the organization of every post (declared or new and unreviewed), one person per real person
 * ({@link PeopleLinker}), ranked related events ({@link EventRelations}) and co-speakers. Ids the corpus's register
 * holds are kept; the register comes back extended with the ids and mentions this link added.
 *
 * <p>A linker remembers what its last link decided about events (which records are one event, related events,
 * co-speakers): linking again records, people and organizations equal to the last ones reuses it. A load that minted
 * ids links a second time against the register it extended, and usually only the register differs.
 */
public final class Linker {
    private EventLinks last;

    /** What the event stages decided, from what they read. */
    private record EventLinks(List<EventRecord> events, Map<Mention, String> personOf, Aliases aliases,
                              List<Organization> organizations, EventIdentity identity, List<EventRelation> relations,
                              List<CoSpeaking> coSpeakers) {
        boolean readSame(List<EventRecord> events, Map<Mention, String> personOf, Aliases aliases, List<Organization> organizations) {
            return this.events.equals(events) && this.personOf.equals(personOf) && this.aliases.equals(aliases)
                    && this.organizations.equals(organizations);
        }
    }

    public Linked link(Corpus corpus) {
        List<EventRecord> events = corpus.events().stream().map(SourceRecord::event).toList();

        OrganizationLinker orgs = new OrganizationLinker(corpus.organizations(), corpus.register());
        for (EventRecord e : events) {
            for (EventRecord.Participant p : e.participants()) {
                p.posts().stream().filter(post -> post.organizationId() == null).forEach(post -> orgs.see(post.organization()));
            }
        }
        OrganizationLinker.Result resolvedOrgs = orgs.finish();

        Map<PostRef, String> orgOfPost = new LinkedHashMap<>();
        Map<PostRef, String> formerOrgOfPost = new HashMap<>();
        List<PersonMention> mentions = new ArrayList<>();
        Map<String, PersonName> parsed = new HashMap<>();
        Map<String, String> foldedNames = new HashMap<>();
        for (EventRecord e : events) {
            Map<String, Integer> occurrences = new HashMap<>();
            for (int i = 0; i < e.participants().size(); i++) {
                EventRecord.Participant p = e.participants().get(i);
                Mention mention = new Mention(e.id(), i + 1);
                String folded = foldedNames.computeIfAbsent(p.name(), Folding::key);
                MentionKey key = new MentionKey(e.id(), folded, occurrences.merge(folded, 1, Integer::sum));
                SortedSet<String> affiliations = new TreeSet<>();
                for (int j = 0; j < p.posts().size(); j++) {
                    EventRecord.Post post = p.posts().get(j);
                    String org = post.organizationId() != null ? post.organizationId()
                            : post.organization() == null || post.organization().isBlank() ? null
                            : resolvedOrgs.idOfWritten().get(post.organization());
                    String former = post.organizationId() != null || post.organization() == null ? null
                            : resolvedOrgs.formerIdOfWritten().get(post.organization());
                    if (former != null) {
                        formerOrgOfPost.put(new PostRef(mention, j), former);
                    }
                    if (org != null) {
                        orgOfPost.put(new PostRef(mention, j), org);
                        affiliations.addAll(orgs.withParents(org));
                    }
                }
                mentions.add(new PersonMention(mention, p.name(), parsed.computeIfAbsent(p.name(), PersonName::parse), p.person(),
                        affiliations, e.start(), key));
            }
        }
        LinkedPeople people = PeopleLinker.link(mentions, corpus.aliases(), corpus.register());

        List<Organization> organizations = withRetired(corpus.organizations(), resolvedOrgs.retired());
        organizations.addAll(resolvedOrgs.created());
        List<String> unreviewed = resolvedOrgs.created().stream().map(Organization::id).toList();
        EventLinks eventLinks = linkEvents(events, people.personOf(), corpus.aliases(), organizations);
        return new Linked(people.personOf(), people.people(), orgOfPost, formerOrgOfPost, organizations, unreviewed,
                eventLinks.identity(), eventLinks.relations(), eventLinks.coSpeakers(), people.uncertain(),
                RegisterExtension.extend(corpus.register(), people.people(), mentions, resolvedOrgs));
    }

    private EventLinks linkEvents(List<EventRecord> events, Map<Mention, String> personOf, Aliases aliases,
                                  List<Organization> organizations) {
        if (last == null || !last.readSame(events, personOf, aliases, organizations)) {
            EventIdentity identity = SameEvents.link(events, personOf, aliases, organizations);
            last = new EventLinks(events, personOf, aliases, organizations, identity,
                    EventRelations.compute(events, personOf, identity), coSpeakers(identity));
        }
        return last;
    }

    /** The catalogue, with each registered id retired into a declared organization added to its {@code replaces}. */
    private static List<Organization> withRetired(List<Organization> catalogue, Map<String, String> retired) {
        Set<String> curated = new HashSet<>();
        catalogue.forEach(o -> curated.addAll(o.replaces()));
        Map<String, SortedSet<String>> intoEach = new TreeMap<>();
        retired.forEach((old, into) -> {
            if (!curated.contains(old)) {
                intoEach.computeIfAbsent(into, k -> new TreeSet<>()).add(old);
            }
        });
        List<Organization> out = new ArrayList<>();
        for (Organization o : catalogue) {
            SortedSet<String> more = intoEach.remove(o.id());
            if (more == null) {
                out.add(o);
            } else {
                List<String> replaces = new ArrayList<>(o.replaces());
                replaces.addAll(more);
                out.add(new Organization(o.id(), o.name(), o.acronyms(), o.otherNames(), o.kind(), o.country(), o.parent(),
                        o.homepage(), replaces));
            }
        }
        return out;
    }

    /** People who shared a panel, with the events; pairs only within an event, so the cost follows panel sizes. */
    static List<CoSpeaking> coSpeakers(EventIdentity identity) {
        Map<String, TreeSet<String>> peopleOf = new TreeMap<>();
        identity.participationOf().forEach((mention, participation) -> peopleOf.computeIfAbsent(
                identity.eventOfRecord().get(mention.eventId()), k -> new TreeSet<>()).add(participation.person()));
        Map<String, Set<String>> pairs = new TreeMap<>();
        peopleOf.forEach((event, persons) -> {
            List<String> list = List.copyOf(persons);
            for (int a = 0; a < list.size(); a++) {
                for (int b = a + 1; b < list.size(); b++) {
                    pairs.computeIfAbsent(list.get(a) + "\n" + list.get(b), k -> new TreeSet<>()).add(event);
                }
            }
        });
        List<CoSpeaking> out = new ArrayList<>();
        pairs.forEach((key, shared) -> {
            String[] ab = key.split("\n");
            out.add(new CoSpeaking(ab[0], ab[1], List.copyOf(shared)));
        });
        return out;
    }
}
