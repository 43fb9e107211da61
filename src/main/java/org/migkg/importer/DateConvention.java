package org.migkg.importer;

import java.util.Locale;
import java.util.Set;

/**
 * The order a publisher writes numeric dates in. US publishers (.gov, .edu, .mil, .us, and known US hosts) and
 * pages in US English put the month first; dotted dates ("25.03.2022"), pages in another language or English from
 * elsewhere, and hosts in another country's domain (or .eu, .int) put the day first. Generic domains (.org, .com)
 * with no language say nothing.
 */
final class DateConvention {
    private DateConvention() {}

    private static final Set<String> US_HOSTS = Set.of("migrationpolicy.org", "migrationpolicy.podbean.com", "cgdev.org",
            "wilsoncenter.org", "cfr.org", "csis.org", "politicalemails.org", "americanimmigrationcouncil.org", "cis.org",
            "pewresearch.org", "urban.org", "rand.org", "refugeesinternational.org");
    private static final Set<String> MONTH_FIRST_DOMAINS = Set.of("gov", "edu", "mil", "us", "ph", "fm", "pw", "mh");
    private static final Set<String> DAY_FIRST_DOMAINS = Set.of("eu", "int");
    private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of("io", "co", "me", "tv", "ly", "ai", "ca", "cc", "to", "ws");

    /** True for day first, false for month first, null when the publisher's convention is not known. */
    static Boolean dayFirst(DateHints hints, char separator) {
        Boolean byHost = byHost(hints.host());
        if (byHost != null) {
            return byHost;
        }
        Locale language = hints.language();
        if (language != null && !language.getLanguage().isEmpty()) {
            if (!language.getLanguage().equals("en")) {
                return true;
            }
            if (!language.getCountry().isEmpty()) {
                return !language.getCountry().equals("US");
            }
        }
        return separator == '.' ? Boolean.TRUE : null;
    }

    private static Boolean byHost(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        if (US_HOSTS.stream().anyMatch(u -> h.equals(u) || h.endsWith("." + u))) {
            return false;
        }
        String domain = h.substring(h.lastIndexOf('.') + 1);
        if (MONTH_FIRST_DOMAINS.contains(domain)) {
            return false;
        }
        if (DAY_FIRST_DOMAINS.contains(domain) || domain.length() == 2 && !GENERIC_COUNTRY_DOMAINS.contains(domain)) {
            return true;
        }
        return null;
    }
}
