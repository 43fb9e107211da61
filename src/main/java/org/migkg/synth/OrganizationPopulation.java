package org.migkg.synth;

import static org.migkg.synth.RandomDraws.pick;
import static org.migkg.synth.RandomDraws.zipfIndex;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.migkg.text.Folding;
import org.migkg.text.Slugs;

/**
 * The organizations of a generated corpus: distinct names from a few patterns, acronyms, some former names and
 * regional sub-units, about one in seven left out of the catalogue.
 */
final class OrganizationPopulation {
    private final List<GeneratedOrganization> organizations = new ArrayList<>();

    private OrganizationPopulation() {}

    String nameOf(String id) {
        return organizations.stream().filter(o -> o.id().equals(id)).map(GeneratedOrganization::name).findFirst().orElse("The organizers");
    }

    List<ObjectNode> declared() {
        return organizations.stream().filter(GeneratedOrganization::declared).map(GeneratedOrganization::toJson).toList();
    }

    static OrganizationPopulation create(Random random, int count) {
        OrganizationPopulation population = new OrganizationPopulation();
        population.fill(random, count);
        return population;
    }

    private void fill(Random random, int count) {
        Set<String> names = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int attempts = 0;
        while (organizations.size() < count) {
            if (++attempts > count * 200) {
                throw new IllegalStateException("cannot make " + count + " distinct organization names");
            }
            String country = pick(random, NamePools.COUNTRIES);
            String name = switch (random.nextInt(7)) {
                case 0 -> "Institute for " + pick(random, NamePools.ORG_TOPICS) + " Studies";
                case 1 -> "Ministry of " + pick(random, NamePools.PORTFOLIOS) + " of " + country;
                case 2 -> pick(random, NamePools.ORG_ADJECTIVES) + " Council for " + pick(random, NamePools.ORG_TOPICS);
                case 3 -> "Centre for " + pick(random, NamePools.ORG_TOPICS) + " and " + pick(random, NamePools.ORG_TOPICS);
                case 4 -> pick(random, NamePools.ORG_ADJECTIVES) + " " + pick(random, NamePools.ORG_TOPICS) + " Network";
                case 5 -> "Foundation for " + pick(random, NamePools.ORG_TOPICS) + " in " + country;
                default -> pick(random, NamePools.ORG_ADJECTIVES) + " Organization for " + pick(random, NamePools.ORG_TOPICS);
            };
            // "Centre for Return and Migration" and "Centre for Migration and Return" would be one organization to a reader
            if (!names.add(wordSet(name))) {
                continue;
            }
            String acronym = acronym(name);
            if (acronym.length() < 3 || !acronyms.add(acronym)) {
                acronym = null;
            }
            String id = Slugs.of(acronym != null && random.nextBoolean() ? acronym : name);
            if (!ids.add(id)) {
                continue;
            }
            String former = random.nextDouble() < 0.1 ? "Former " + name.replaceFirst("^(\\S+)", "$1 Agency") : null;
            if (former != null && !names.add(wordSet(former))) {
                former = null;
            }
            boolean declared = random.nextDouble() >= 0.15;
            GeneratedOrganization org = new GeneratedOrganization(id, name, acronym, former, country, null, declared);
            organizations.add(org);
            if (declared && acronym != null && random.nextDouble() < 0.08) {
                String region = pick(random, List.of("Europe", "Africa", "Asia", "Americas"));
                String subName = name + " " + region;
                String subAcronym = acronym + " " + region;
                if (names.add(wordSet(subName)) && acronyms.add(subAcronym) && ids.add(Slugs.of(subAcronym))) {
                    organizations.add(new GeneratedOrganization(Slugs.of(subAcronym), subName, subAcronym, null, country, org, true));
                }
            }
        }
    }

    private static String wordSet(String name) {
        return new java.util.TreeSet<>(List.of(Folding.toAscii(name).toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))).toString();
    }

    private static String acronym(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Organizations by a falling 1/rank probability: a few organize and employ a lot. */
    GeneratedOrganization draw(Random random, boolean declaredOnly) {
        while (true) {
            GeneratedOrganization org = organizations.get(zipfIndex(random, organizations.size()));
            if (!declaredOnly || org.declared()) {
                return org;
            }
        }
    }
}
