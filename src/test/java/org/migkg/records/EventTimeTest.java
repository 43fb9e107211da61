package org.migkg.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A start keeps exactly the precision its page gives (a time with no stated zone has no offset), and impossible dates are refused. */
class EventTimeTest {
    @ParameterizedTest
    @CsvSource({
            "2013, 2013, gYear",
            "2013-10, 2013-10, gYearMonth",
            "2023-07-25, 2023-07-25, date",
            "2022-02-15T09:00-05:00, 2022-02-15T09:00:00-05:00, dateTime",
            "2022-02-15T09:00:00-05:00, 2022-02-15T09:00:00-05:00, dateTime",
            "2018-10-24T13:00, 2018-10-24T13:00:00, dateTime"
    })
    void keepsThePagesPrecision(String text, String lexical, String datatype) {
        EventTime t = EventTime.parse(text);
        assertEquals(lexical, t.lexical());
        assertEquals(datatype, t.xsdDatatype());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013-13", "2023-02-29", "2022-02-30", "2022-02-15T24:30:00-05:00", "2022-02-15T09:00:00-19:00", "2018-10-24T25:00"})
    void impossibleDatesAreRefused(String text) {
        assertFalse(EventTime.isValid(text), text);
    }

    @Test
    void orderingUsesThePeriodsFirstDay() {
        assertEquals(EventTime.parse("2013-01-01").date(), EventTime.parse("2013").date());
    }
}
