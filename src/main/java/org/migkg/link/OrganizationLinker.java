package org.migkg.link;

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
import org.migkg.records.Organization;

/**
 * The organization of every post: a curated {@code organizationId}, else the declared organization the written name
 * resolves to, else a new organization flagged as unreviewed. New organizations are never dropped: the written names
 * that match nothing are grouped by their words (case, punctuation, diacritics, order, a trailing country aside), an
 * acronym written only in parentheses joins its full name, and each group becomes one organization whose id is the slug
 * of the name it is written with most often (ties: alphabetically first), so the same corpus always gives the same ids.
 */
final class OrganizationLinker {
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");

    private final OrganizationResolver resolver;
    private final Map<String, Organization> declared = new HashMap<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final Set<String> unmatched = new TreeSet<>();

    OrganizationLinker(List<Organization> catalogue) {
        resolver = new OrganizationResolver(catalogue);
        catalogue.forEach(o -> declared.putIfAbsent(o.id(), o));
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
        merged.forEach((key, writtenForms) -> {
            String name = mostCommonName(writtenForms, acronymsOf.getOrDefault(key, Set.of()));
            String id = Slugs.of(name);
            if (taken.contains(id)) {
                id = id + "-unreviewed";
            }
            for (int n = 2; taken.contains(id); n++) {
                id = Slugs.of(name) + "-unreviewed-" + n;
            }
            taken.add(id);
            SortedSet<String> others = new TreeSet<>();
            writtenForms.forEach(w -> others.add(w.trim()));
            others.remove(name);
            others.removeAll(acronymsOf.getOrDefault(key, Set.of()));
            created.put(id, new Organization(id, name, List.copyOf(acronymsOf.getOrDefault(key, new TreeSet<>())),
                    List.copyOf(others), null, null, null, null, List.of()));
            for (String w : writtenForms) {
                resolved.put(w, id);
            }
        });
        return new Result(Map.copyOf(resolved), List.copyOf(created.values()));
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

    record Result(Map<String, String> idOfWritten, List<Organization> created) {}
}
