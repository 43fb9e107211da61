package org.migkg.link;

import org.migkg.records.OrganizationResolver;
import org.migkg.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.migkg.records.Organization;
import org.migkg.records.Register;
import org.migkg.text.Acronyms;
import org.migkg.text.Folding;

/**
 * The organization of every post: a curated {@code organizationId}, else the declared organization the written name
 * resolves to, else a new organization flagged as unreviewed. New organizations are never dropped: the written names
 * that match nothing are grouped by their words (case, punctuation, diacritics, order, a trailing country aside), an
 * acronym written only in parentheses joins its full name, and each group becomes one organization whose id is the slug
 * of the name it is written with most often (ties: alphabetically first), so the same corpus always gives the same ids.
 *
 * <p>An id the register holds stays with the written forms it was minted for, whatever is written later: a group of
 * forms takes the registered id of its forms, a group whose forms carry two registered ids stays two organizations,
 * and a new id is never one the register or the catalogue holds. A registered id whose forms all resolve to one
 * declared organization now (a curator added it to the catalogue) is retired into it.
 */
final class OrganizationLinker {
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");

    private final OrganizationResolver resolver;
    private final Map<String, Organization> declared = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final Set<String> unmatched = new TreeSet<>();
    private final Map<String, String> registeredIdOfForm = new HashMap<>();
    private final Map<String, Register.RegisteredOrganization> registered = new TreeMap<>();

    OrganizationLinker(List<Organization> catalogue) {
        this(catalogue, Register.EMPTY);
    }

    OrganizationLinker(List<Organization> catalogue, Register register) {
        resolver = new OrganizationResolver(catalogue);
        catalogue.forEach(o -> declared.putIfAbsent(o.id(), o));
        for (Register.RegisteredOrganization o : register.organizations()) {
            registered.putIfAbsent(o.id(), o);
            o.forms().forEach(f -> registeredIdOfForm.putIfAbsent(Folding.key(f), o.id()));
        }
    }

    /** First pass: note a written organization name. */
    void see(String written) {
        if (written != null && !written.isBlank() && !resolved.containsKey(written)) {
            resolver.resolve(written).ifPresentOrElse(id -> resolved.put(written, id), () -> unmatched.add(written));
        }
    }

    /** After every name was seen: the id each written name stands for, and the new organizations. */
    Result finish() {
        Map<String, List<String>> groups = new TreeMap<>();
        Map<String, Set<String>> acronymsOf = new HashMap<>();
        for (String written : unmatched) {
            String core = OrganizationResolver.core(written);
            String name = PARENTHESISED.matcher(core).replaceAll(" ").replaceAll("\\s+", " ").trim();
            if (name.isEmpty()) {
                name = core;
            }
            String key = OrganizationResolver.wordSet(name);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(written);
            Matcher m = PARENTHESISED.matcher(core);
            while (m.find()) {
                if (!OrganizationResolver.isCountry(m.group(1))) {
                    acronymsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(m.group(1).trim());
                }
            }
        }
        // "FA" on its own joins "Foo Association (FA)"
        Map<String, String> acronymHome = new HashMap<>();
        acronymsOf.forEach((key, acronyms) -> acronyms.forEach(a -> acronymHome.putIfAbsent(OrganizationResolver.wordSet(a), key)));
        // "MFA" on its own joins "Migrant Forum in Asia" when that is the one new name it spells
        Map<String, Set<String>> spelling = new HashMap<>();
        groups.forEach((key, list) -> list.stream().flatMap(w -> java.util.stream.Stream.of(w, OrganizationResolver.core(w)))
                .map(Acronyms::initialsOf).filter(Acronyms::isAcronym)
                .forEach(a -> spelling.computeIfAbsent(a, k -> new TreeSet<>()).add(key)));
        groups.forEach((key, list) -> {
            String acronym = OrganizationResolver.core(list.get(0)).strip();
            Set<String> homes = Acronyms.isAcronym(acronym)
                    ? spelling.getOrDefault(Folding.toAscii(acronym).toUpperCase(java.util.Locale.ROOT), Set.of()) : Set.of();
            if (!acronymHome.containsKey(key) && homes.size() == 1 && !homes.contains(key)) {
                String home = homes.iterator().next();
                acronymHome.put(key, home);
                acronymsOf.computeIfAbsent(home, k -> new TreeSet<>()).add(acronym);
            }
        });
        Map<String, List<String>> merged = new TreeMap<>();
        groups.forEach((key, list) -> {
            String home = acronymHome.getOrDefault(key, key);
            if (!groups.containsKey(home)) {
                home = key;
            }
            merged.computeIfAbsent(home, k -> new ArrayList<>()).addAll(list);
        });

        Map<String, Organization> created = new TreeMap<>();
        Set<String> taken = new HashSet<>(declared.keySet());
        taken.addAll(registered.keySet());
        merged.forEach((key, writtenForms) -> {
            Set<String> acronyms = acronymsOf.getOrDefault(key, Set.of());
            Map<String, List<String>> byId = byRegisteredId(writtenForms);
            if (byId.isEmpty()) {
                String name = mostCommonName(writtenForms, acronyms);
                String id = Slugs.of(name);
                if (taken.contains(id)) {
                    id = id + "-unreviewed";
                }
                for (int n = 2; taken.contains(id); n++) {
                    id = Slugs.of(name) + "-unreviewed-" + n;
                }
                taken.add(id);
                byId.put(id, writtenForms);
            }
            byId.forEach((id, forms) -> {
                Set<String> own = byId.size() == 1 ? acronyms : acronyms.stream()
                        .filter(a -> forms.stream().anyMatch(f -> f.contains(a))).collect(Collectors.toSet());
                created.put(id, organization(id, forms, own));
                forms.forEach(w -> resolved.put(w, id));
            });
        });
        Map<String, String> retired = retired(created.keySet());
        Map<String, String> formerIdOfWritten = new HashMap<>();
        resolved.forEach((written, id) -> {
            String former = registeredIdOfForm.get(Folding.key(written));
            if (former != null && retired.containsKey(former) && !former.equals(id)) {
                formerIdOfWritten.put(written, former);
            }
        });
        return new Result(Map.copyOf(resolved), List.copyOf(created.values()), retired, Map.copyOf(formerIdOfWritten));
    }

    /**
     * The group's forms by the registered id they carry; forms no load has seen join the id most forms carry (ties:
     * alphabetically first). Empty when the group is new.
     */
    private Map<String, List<String>> byRegisteredId(List<String> writtenForms) {
        Map<String, List<String>> byId = new TreeMap<>();
        List<String> unseen = new ArrayList<>();
        for (String w : writtenForms) {
            String id = registeredIdOfForm.get(Folding.key(w));
            if (id == null || declared.containsKey(id)) {
                unseen.add(w);
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(w);
            }
        }
        if (!byId.isEmpty() && !unseen.isEmpty()) {
            String home = byId.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> e.getValue().size())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            byId.get(home).addAll(unseen);
        }
        return byId;
    }

    private static Organization organization(String id, List<String> writtenForms, Set<String> acronyms) {
        String name = mostCommonName(writtenForms, acronyms);
        SortedSet<String> others = new TreeSet<>();
        writtenForms.forEach(w -> others.add(w.trim()));
        others.remove(name);
        others.removeAll(acronyms);
        return new Organization(id, name, List.copyOf(new TreeSet<>(acronyms)), List.copyOf(others), null, null, null, null, List.of());
    }

    /** Registered ids not minted this time whose forms all resolve to one declared organization: retired into it. */
    private Map<String, String> retired(Set<String> minted) {
        Map<String, String> out = new TreeMap<>();
        registered.forEach((id, o) -> {
            if (minted.contains(id) || declared.containsKey(id) || o.forms().isEmpty()) {
                return;
            }
            Set<String> targets = new TreeSet<>();
            for (String form : o.forms()) {
                targets.add(resolver.resolve(form).orElse(""));
            }
            if (targets.size() == 1 && !targets.contains("")) {
                out.put(id, targets.iterator().next());
            }
        });
        return out;
    }

    private static String mostCommonName(List<String> writtenForms, Set<String> acronyms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String w : writtenForms) {
            String core = OrganizationResolver.core(w);
            String name = PARENTHESISED.matcher(core).replaceAll(" ").replaceAll("\\s+", " ").trim();
            if (!name.isEmpty() && !acronyms.contains(name)) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            writtenForms.forEach(w -> counts.merge(OrganizationResolver.core(w), 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    /** The organization with its parents, for comparing affiliations (MPI Europe is part of MPI). */
    SortedSet<String> withParents(String id) {
        SortedSet<String> out = new TreeSet<>();
        String current = id;
        while (current != null && out.add(current)) {
            Organization o = declared.get(current);
            current = o == null ? null : o.parent();
        }
        return out;
    }

    /**
     * The id of every written form, the organizations minted, registered ids retired into a declared one, and the
     * retired id each written form had.
     */
    record Result(Map<String, String> idOfWritten, List<Organization> created, Map<String, String> retired,
                  Map<String, String> formerIdOfWritten) {}
}
