package org.migkg.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-02-15T09:00:00-05:00|15 February 2022, 09:00 (UTC-05:00)",
            "2024-03-19T10:00:00Z|19 March 2024, 10:00 (UTC)",
            "2023-07-25|25 July 2023",
            "2013-05|May 2013",
            "2013|2013",
            "not a date|not a date"})
    void asPreciseAsThePageWas(String lexical, String shown) {
        assertEquals(shown, Dates.readable(lexical));
    }
}
