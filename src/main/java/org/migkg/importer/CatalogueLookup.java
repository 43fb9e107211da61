package org.migkg.importer;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.records.OrganizationResolver;
import org.migkg.records.Organization;

/** Looks organizations up by every name and acronym {@code data/organizations.json} gives them. */
public final class CatalogueLookup implements OrganizationLookup {

    private static final Pattern NAME_WITH_ACRONYM = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    private static final Pattern EMBEDDED_ACRONYM = Pattern.compile("\\s*\\([A-Z][A-Za-z&/ .-]{1,15}\\)");

    private final Map<String, List<Organization>> byName = new HashMap<>();
    private final List<String> namesLongestFirst = new ArrayList<>();
    private final Map<String, String> homepages = new HashMap<>();
    private final OrganizationResolver resolver;

    public CatalogueLookup(List<Organization> organizations) {
        this.resolver = new OrganizationResolver(organizations);
        Set<String> names = new LinkedHashSet<>();
        for (Organization org : organizations) {
            WebAddress.host(org.homepage()).ifPresent(host -> homepages.put(host, org.id()));
            List<String> all = new ArrayList<>();
            all.add(org.name());
            all.addAll(org.acronyms());
            all.addAll(org.otherNames());
            for (String name : all) {
                List<Organization> list = byName.computeIfAbsent(key(name), k -> new ArrayList<>());
                if (!list.contains(org)) {
                    list.add(org);
                }
                names.add(name);
            }
        }
        namesLongestFirst.addAll(names);
        namesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** Reads the catalogue file ({@code {"organizations": [...]}}). */
    /** Reads the catalogue with the checks a load applies; a bad catalogue is an {@code InvalidInputException}. */
    public static CatalogueLookup read(Path organizationsJson) {
        return new CatalogueLookup(new org.migkg.records.DataReader(Path.of("")).readCatalogue(organizationsJson));
    }

    /**
     * Resolution is {@link OrganizationResolver}'s (names, acronyms, "Name (ACR)", trailing countries), tried first
     * with the stated country attached so generic names ("Ministry of Justice", Sweden) find their country's entry;
     * an office named after a known organization ("IOM Georgia") resolves to that organization.
     */
    @Override
    public Optional<String> idOf(String written, String country) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = written.strip();
        List<String> tries = new ArrayList<>();
        if (country != null) {
            tries.add(text + ", " + country);
            tries.add(text + " of " + country);
        }
        tries.add(text);
        int comma = text.indexOf(", ");
        if (comma > 0) {
            tries.add(text.substring(0, comma));
        }
        for (String t : tries) {
            Optional<String> id = resolver.resolve(t);
            if (id.isPresent()) {
                return id;
            }
        }
        String withoutAcronyms = EMBEDDED_ACRONYM.matcher(text.replaceAll("[’']s\\b", "")).replaceAll("");
        return knownPrefixOf(withoutAcronyms).flatMap(prefix -> unique(byName.get(key(prefix)), country));
    }

    @Override
    public Optional<String> exactIdOf(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String text = written.strip();
        Optional<String> id = unique(byName.get(key(text)), null);
        Matcher m = NAME_WITH_ACRONYM.matcher(text);
        if (id.isEmpty() && m.matches()) {
            id = unique(byName.get(key(m.group(1))), null).or(() -> unique(byName.get(key(m.group(2))), null));
        }
        return id;
    }

    @Override
    public Optional<String> idOfWebsite(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return homepages.entrySet().stream()
                .filter(e -> h.equals(e.getKey()) || h.endsWith("." + e.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    @Override
    public Optional<String> knownPrefixOf(String text) {
        String k = key(text);
        for (String name : namesLongestFirst) {
            String n = key(name);
            if (k.startsWith(n) && (k.length() == n.length() || !Character.isLetterOrDigit(k.charAt(n.length())))) {
                return Optional.of(text.substring(0, prefixLengthInOriginal(text, n.length())));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isExactlyKnown(String text) {
        return byName.containsKey(key(text));
    }

    private static Optional<String> unique(List<Organization> candidates, String country) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0).id());
        }
        List<Organization> inCountry = candidates.stream()
                .filter(o -> country != null && country.equalsIgnoreCase(o.country())).toList();
        return inCountry.size() == 1 ? Optional.of(inCountry.get(0).id()) : Optional.empty();
    }

    /** Maps a length in the normalized key back to the original text (keys only fold case, quotes and spaces). */
    private static int prefixLengthInOriginal(String text, int keyLength) {
        for (int end = Math.min(keyLength, text.length()); end <= text.length(); end++) {
            if (key(text.substring(0, end)).length() >= keyLength) {
                return end;
            }
        }
        return text.length();
    }

    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('’', '\'').replace('–', '-').replace('—', '-')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
