package org.migkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixesTest {

    @Test
    void prefixesKeepTheOrderTheyAreDeclaredIn() {
        assertEquals(List.of("mk", "schema", "org", "skos"), Prefixes.MAP.keySet().stream().limit(4).toList());
    }
}
