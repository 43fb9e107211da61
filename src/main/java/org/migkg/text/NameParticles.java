package org.migkg.text;

import java.util.Set;

/** Surname particles ("Le Coz", "van der Berg", "Díaz de Sciolli", "bin Salman"): words that belong to the surname. */
public final class NameParticles {
    private static final Set<String> PARTICLES = Set.of("le", "la", "de", "del", "della", "der", "den", "van", "von",
            "da", "di", "du", "dos", "das", "do", "bin", "ibn", "al", "el", "ter", "ten", "st", "mac", "zu", "y", "e");

    private NameParticles() {}

    /** Whether a written word is a particle when written in lower case ("de", not "De" at a name's start). */
    public static boolean isLowerCaseParticle(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && PARTICLES.contains(Folding.key(word));
    }

    /** Whether a word, case aside, is a particle. */
    public static boolean is(String word) {
        return PARTICLES.contains(Folding.key(word));
    }
}
