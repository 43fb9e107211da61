package org.migkg.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizers and partners a page only states in running text: "The Migration Policy Institute hosted a virtual
 * workshop", "Fedasil organises a two-day conference ... in collaboration with Frontex and the ICMPD".
 */
final class ProseOrganizers {

    private static final Pattern VERB = Pattern.compile("\\s(hosted|hosts|organi[sz]ed|organi[sz]es|is organi[sz]ing|convened|convenes)\\b");
    private static final Pattern COLLABORATION = Pattern.compile("\\bin (?:collaboration|cooperation|partnership) with (?:the )?([^.;]+)");
    private static final Pattern PARTY_SEPARATOR = Pattern.compile(",\\s+and\\s+|,\\s+|\\s+and\\s+(?:the\\s+)?");

    private final OrganizationLookup organizations;

    ProseOrganizers(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    List<String> organizers(List<String> paragraphs) {
        Set<String> ids = new LinkedHashSet<>();
        for (String p : paragraphs) {
            Matcher m = VERB.matcher(p);
            while (m.find()) {
                nameEndingAt(p, m.start()).ifPresent(ids::add);
            }
        }
        return List.copyOf(ids);
    }

    List<String> partners(List<String> paragraphs) {
        Set<String> ids = new LinkedHashSet<>();
        for (String p : paragraphs) {
            Matcher m = COLLABORATION.matcher(p);
            while (m.find()) {
                String run = m.group(1);
                // Take known names from the front of the run: "Frontex and the ICMPD (International Centre ...)".
                while (!run.isBlank()) {
                    Optional<String> prefix = organizations.knownPrefixOf(run);
                    if (prefix.isEmpty()) {
                        break;
                    }
                    organizations.exactIdOf(prefix.get()).ifPresent(ids::add);
                    String rest = run.substring(prefix.get().length()).replaceFirst("^\\s*\\([^)]*\\)", "");
                    Matcher sep = PARTY_SEPARATOR.matcher(rest);
                    if (!sep.lookingAt()) {
                        break;
                    }
                    run = rest.substring(sep.end());
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The known organization name that ends right before {@code end} in the same sentence. */
    private Optional<String> nameEndingAt(String text, int end) {
        int from = Math.max(0, end - 120);
        List<Integer> starts = new ArrayList<>();
        for (int i = end - 1; i >= from; i--) {
            if (i == 0 || text.charAt(i - 1) == ' ') {
                starts.add(i);
            }
            if (text.charAt(i) == '.' || text.charAt(i) == ',') {
                break;
            }
        }
        Optional<String> found = Optional.empty();
        for (int s : starts) {
            String candidate = text.substring(s, end).strip().replaceFirst("^(?:The|the) ", "");
            Optional<String> id = organizations.exactIdOf(candidate);
            if (id.isPresent()) {
                found = id; // keep the longest
            }
        }
        return found;
    }
}
