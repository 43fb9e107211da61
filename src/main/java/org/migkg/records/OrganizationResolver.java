package org.migkg.records;

import org.migkg.text.Countries;
import org.migkg.text.Acronyms;
import org.migkg.text.Folding;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves an organization as written in a stated position to one declared organization, through its name, acronyms
 * and other names, case, punctuation, diacritics and word order aside, understanding parenthesised acronyms
 * ("Federal Agency for the Reception of Asylum Seekers (Fedasil)") and trailing countries ("WELDO (Pakistan)",
 * "..., Germany", "..., Government of Belgium").
 */
public final class OrganizationResolver {
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern TRAILING_PARENTHESISED = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Set<String> NOISE = Set.of("the", "of", "for", "and", "on", "in");

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byWordSet = new HashMap<>();
    private final Map<String, Organization> byId = new HashMap<>();
    /** The ids whose name (or another name) spells each acronym, for acronyms no organization declares. */
    private final Map<String, Set<String>> bySpelledAcronym = new HashMap<>();

    public OrganizationResolver(List<Organization> organizations) {
        for (Organization o : organizations) {
            byId.put(o.id(), o);
            Stream.concat(Stream.of(o.name()), o.otherNames().stream())
                    .map(Acronyms::initialsOf).filter(Acronyms::isAcronym)
                    .forEach(a -> bySpelledAcronym.computeIfAbsent(a, k -> new TreeSet<>()).add(o.id()));
            index(o.id(), o.name());
            o.acronyms().forEach(a -> index(o.id(), a));
            o.otherNames().forEach(n -> index(o.id(), n));
        }
    }

    private void index(String id, String name) {
        byKey.putIfAbsent(Folding.key(name), id);
        byWordSet.putIfAbsent(wordSet(name), id);
    }

    public Optional<Organization> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The declared organization a mention names, if any. */
    public Optional<String> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        for (String candidate : candidates(mention.trim())) {
            String id = byKey.get(Folding.key(candidate));
            if (id == null) {
                id = byWordSet.get(wordSet(candidate));
            }
            if (id != null) {
                return Optional.of(id);
            }
        }
        return spelledAcronym(mention.trim());
    }

    /**
     * "MFA" alone names the one catalogued organization whose name spells it ("Migrant Forum in Asia"), unless
     * another organization's name spells it too: then it names none of them.
     */
    private Optional<String> spelledAcronym(String mention) {
        if (!Acronyms.isAcronym(mention)) {
            return Optional.empty();
        }
        Set<String> ids = bySpelledAcronym.getOrDefault(Folding.toAscii(mention).toUpperCase(Locale.ROOT), Set.of());
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }

    /** The mention without what only locates or qualifies it: trailing countries, "Government of X", "the". */
    public static String core(String mention) {
        String text = mention.trim();
        String previous;
        do {
            previous = text;
            text = stripTrailingCountry(text);
            text = text.replaceFirst("(?i)^the\\s+", "");
        } while (!text.equals(previous));
        return text;
    }

    private static List<String> candidates(String mention) {
        String core = core(mention);
        List<String> out = new java.util.ArrayList<>(List.of(mention, core));
        Matcher m = PARENTHESISED.matcher(core);
        while (m.find()) {
            out.add(m.group(1));
        }
        String withoutParens = PARENTHESISED.matcher(core).replaceAll(" ").replaceAll("\\s+", " ").trim();
        out.add(withoutParens);
        // "International Organization for Migration (IOM) Regional Office in Dakar": the part up to the acronym
        int open = core.indexOf('(');
        if (open > 0) {
            out.add(core.substring(0, open));
        }
        return out;
    }

    private static String stripTrailingCountry(String text) {
        Matcher paren = TRAILING_PARENTHESISED.matcher(text);
        if (paren.matches() && isCountry(paren.group(2))) {
            return paren.group(1);
        }
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            String tail = text.substring(comma + 1).trim();
            String country = tail.replaceFirst("(?i)^(the\\s+)?government\\s+of\\s+(the\\s+)?", "");
            if (isCountry(country)) {
                return text.substring(0, comma).trim();
            }
        }
        return text;
    }

    public static boolean isCountry(String text) {
        return Countries.is(text);
    }

    public static String wordSet(String name) {
        return Arrays.stream(Folding.key(name).split(" "))
                .filter(w -> !NOISE.contains(w))
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
    }
}
