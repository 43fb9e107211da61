package org.migkg.synth;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.migkg.text.Folding;

import static org.migkg.synth.RandomDraws.pick;

/** How one page writes a generated person's name and organizations: the variations a linker must see through. */
final class WrittenForms {
    private WrittenForms() {}

    static List<GeneratedOrganization> statedOrganizations(Random random, GeneratedPerson person, LocalDate on) {
        if (person.moved() != null) {
            return List.of(person.orgs().get(on.isBefore(person.moved()) ? 0 : 1));
        }
        if (person.orgs().size() == 1) {
            return person.orgs();
        }
        double r = random.nextDouble();
        return r < 0.5 ? person.orgs() : r < 0.9 ? List.of(person.orgs().get(0)) : List.of(person.orgs().get(1));
    }

    /** The name as one page writes it. */
    static String writtenName(Random random, GeneratedPerson p) {
        String given = p.given();
        String surname = p.surname();
        String middle = p.middle() != null && random.nextDouble() < 0.4 ? p.middle() : null;
        if (middle != null && random.nextDouble() < 0.25) {
            middle = middle.charAt(0) + ".";
        }
        if (random.nextDouble() < 0.03) {
            given = given.charAt(0) + ".";
        } else if (p.middle() != null && random.nextDouble() < 0.05) {
            // known by the second given name: "Belen Zanzuchi" for "Maria Belen Zanzuchi"
            given = p.middle();
            middle = null;
        }
        if (random.nextDouble() < SyntheticCorpus.TYPO) {
            if (random.nextBoolean() && given.length() > 2) {
                given = typo(random, given);
            } else {
                surname = typo(random, surname);
            }
        }
        if (random.nextDouble() < 0.02) {
            surname = surname.toUpperCase(Locale.ROOT);
        }
        String name = random.nextDouble() < 0.03
                ? surname + ", " + given + (middle == null ? "" : " " + middle)
                : given + (middle == null ? "" : " " + middle) + " " + surname;
        if (random.nextDouble() < 0.3) {
            name = Folding.toAscii(name);
        }
        if (random.nextDouble() < 0.05) {
            name = pick(random, NamePools.HONORIFICS) + " " + name;
        }
        return name;
    }

    private static String typo(Random random, String word) {
        int i = 1 + random.nextInt(word.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> word.substring(0, i) + word.substring(Math.min(word.length(), i + 1));
            case 1 -> i + 1 < word.length() ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)
                    : word + word.charAt(i);
            default -> word.substring(0, i) + (char) ('a' + random.nextInt(26)) + word.substring(i + 1);
        };
    }

    /** The organization as one stated position writes it. */
    static String writtenOrganization(Random random, GeneratedOrganization org) {
        double r = random.nextDouble();
        if (!org.declared()) {
            return r < 0.7 ? org.name() : r < 0.9 ? org.name() + ", " + org.country() : org.name().toUpperCase(Locale.ROOT);
        }
        String acronym = org.acronym();
        if (r < 0.45 || acronym == null && r < 0.65) {
            return org.name();
        }
        if (r < 0.65) {
            return acronym;
        }
        if (r < 0.75) {
            return org.name() + " (" + acronym + ")";
        }
        if (r < 0.80) {
            return (acronym != null ? acronym : org.name()) + " (" + org.country() + ")";
        }
        if (r < 0.88) {
            return org.name() + ", " + org.country();
        }
        if (r < 0.92) {
            String reordered = org.name().replaceFirst("^(\\S+) (for|of) (.+)$", "$3 $1");
            return reordered;
        }
        if (r < 0.97 && org.formerName() != null) {
            return org.formerName();
        }
        return Folding.toAscii(org.name()).toLowerCase(Locale.ROOT);
    }
}
