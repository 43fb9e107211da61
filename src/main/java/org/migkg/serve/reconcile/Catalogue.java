package org.migkg.serve.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migkg.records.OrganizationResolver;
import org.migkg.text.PersonName;
import org.migkg.records.Organization;
import org.migkg.text.Folding;

/**
 * Everything the service matches against, read once per version of the data ({@link CatalogueReader}): the entries,
 * and the keys that find them. People are found by the keys the linker compares names by (surname keys, name words,
 * the surname with one letter dropped, for typing slips); organizations through the linker's
 * {@link OrganizationResolver} (names, acronyms, other names) and by name words; events by title words.
 */
final class Catalogue {
    /** One way a person's name is written, parsed. */
    record PersonForm(Entry entry, PersonName name) {}

    private final String idSpace;
    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, String> parents;
    private final Map<String, List<PersonForm>> peopleByKey = new HashMap<>();
    private final Map<String, Set<Entry>> organizationsByName = new HashMap<>();
    private final Map<String, Set<Entry>> byWord = new HashMap<>();
    private final OrganizationResolver resolver;

    Catalogue(String idSpace, Collection<Entry> entries, Map<String, String> parents) {
        this.idSpace = idSpace;
        this.parents = Map.copyOf(parents);
        List<Organization> organizations = new ArrayList<>();
        for (Entry e : entries) {
            byId.put(e.id(), e);
            switch (e.type()) {
                case PERSON -> e.names().forEach(n -> {
                    PersonName name = PersonName.parse(n);
                    personKeys(name).forEach(k -> peopleByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(new PersonForm(e, name)));
                });
                case ORGANIZATION -> {
                    organizations.add(new Organization(e.iri(), e.name(), List.of(), e.names().subList(1, e.names().size()),
                            null, null, parents.get(e.iri()), null, List.of()));
                    e.names().forEach(n -> organizationsByName.computeIfAbsent(Folding.key(n), k -> new LinkedHashSet<>()).add(e));
                    indexWords(e);
                }
                case EVENT -> indexWords(e);
            }
        }
        this.resolver = new OrganizationResolver(organizations);
    }

    private void indexWords(Entry e) {
        e.names().forEach(n -> Words.of(n).forEach(w -> byWord.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(e)));
    }

    /** The keys a name is filed under and looked up by: surname keys, each written-out word, typo keys of the surname. */
    static Set<String> personKeys(PersonName name) {
        Set<String> keys = new LinkedHashSet<>(name.surnameKeys());
        List<String> words = new ArrayList<>();
        if (name.hasGiven()) {
            words.add(name.given());
        }
        words.addAll(name.middle());
        name.surname().forEach(s -> words.addAll(List.of(s.split("-"))));
        words.stream().filter(w -> w.length() > 1).forEach(keys::add);
        String surname = name.surnameKey();
        if (surname.length() >= 4) {
            for (int i = 0; i < surname.length(); i++) {
                keys.add("~" + surname.substring(0, i) + surname.substring(i + 1));
            }
            keys.add("~" + surname);
        }
        return keys;
    }

    /** The {@code <base>id/} prefix that makes an entity id an IRI. */
    String idSpace() {
        return idSpace;
    }

    Collection<Entry> entries() {
        return byId.values();
    }

    Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** An entry named by its id, its IRI, or its IRI's path on this server ("/id/person/..."). */
    Optional<Entry> byReference(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String r = reference.strip();
        if (r.startsWith(idSpace)) {
            r = r.substring(idSpace.length());
        } else if (r.startsWith("/id/")) {
            r = r.substring("/id/".length());
        }
        return byId(r);
    }

    /** The people whose names share a key with {@code name}, each once. */
    Map<Entry, List<PersonName>> peopleLike(PersonName name) {
        Map<Entry, List<PersonName>> out = new LinkedHashMap<>();
        Set<PersonForm> seen = new HashSet<>();
        for (String k : personKeys(name)) {
            for (PersonForm f : peopleByKey.getOrDefault(k, List.of())) {
                if (seen.add(f)) {
                    out.computeIfAbsent(f.entry(), x -> new ArrayList<>()).add(f.name());
                }
            }
        }
        return out;
    }

    /** Entries of the type that share a word with the text. */
    Set<Entry> withWords(Set<String> words, ReconType type) {
        Set<Entry> out = new LinkedHashSet<>();
        words.forEach(w -> byWord.getOrDefault(w, Set.of()).stream().filter(e -> e.type() == type).forEach(out::add));
        return out;
    }

    /** Organizations whose name or other name has exactly this folded key. */
    Set<Entry> organizationsNamed(String text) {
        return organizationsByName.getOrDefault(Folding.key(text), Set.of());
    }

    /** The organization the linker's resolver finds for a mention ("WELDO (Pakistan)", "the IOM"), if any. */
    Optional<Entry> resolveOrganization(String mention) {
        return resolver.resolve(mention).flatMap(iri -> byReference(iri));
    }

    /** The organization an affiliation names: by entity id or IRI when it is one, else through the resolver. */
    Optional<String> organizationOf(String affiliation) {
        return byReference(affiliation).filter(e -> e.type() == ReconType.ORGANIZATION)
                .or(() -> resolveOrganization(affiliation)).map(Entry::iri);
    }

    /** Organizations with every organization they are part of. */
    Set<String> withParents(Set<String> organizations) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : organizations) {
            String at = o;
            while (at != null && out.add(at)) {
                at = parents.get(at);
            }
        }
        return out;
    }
}
