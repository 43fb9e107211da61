package org.migkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void accentsCaseAndPunctuationAside() {
        assertEquals("elke lobel", Folding.key("Elke Löbel"));
        assertEquals("elke lobel", Folding.key("ELKE LOBEL"));
        assertEquals("elke lobel", Folding.key("Elke Lo\u0308bel"));
        assertEquals("rita claverie diaz de sciolli", Folding.key("Rita Claverie Díaz de Sciolli"));
        assertEquals("d and e", Folding.key("D&E"));
    }

    @Test
    void lettersWithoutADecompositionFoldToo() {
        assertEquals("strasse", Folding.key("Straße"));
        assertEquals("lodz", Folding.key("Łódź"));
        assertEquals("aero", Folding.key("Ærø"));
        assertEquals("thorsdottir", Folding.key("Þórsdóttir"));
        assertEquals("istanbul", Folding.key("İstanbul"));
    }

    @Test
    void asciiKeepsCase() {
        assertEquals("Lodz OEuvre", Folding.toAscii("Łódź Œuvre"));
    }
}
