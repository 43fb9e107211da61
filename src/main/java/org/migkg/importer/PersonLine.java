package org.migkg.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.text.Honorifics;

/**
 * One person on one line, in the forms pages use: "Name, Position", "Name – Position", "Name (Position, Org)",
 * "Name | Position", or the name alone (its position may follow on the next line); after a bullet of any kind
 * ("•", "-", "*", "▪", "→"), with honorifics taken apart and SURNAMES IN CAPITALS written in normal case.
 */
final class PersonLine {
    private PersonLine() {}

    private static final Pattern BULLET = Pattern.compile("^(?:[\\p{Pd}•·▪▫◦‣⁃○●■□►▸▹▶✓✔→⇒>*+]+|\\d{1,2}[.)])\\s*");
    private static final Pattern SEPARATOR = Pattern.compile(",\\s+|\\s+[–—-]\\s+|\\s*\\|\\s*|\\s+\\(|:\\s+");
    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\((.+)\\)\\s*[.,;]?$");
    private static final Pattern CAPS_WORD = Pattern.compile("\\p{Lu}{2,}(?:[-'’]\\p{Lu}+)*");

    static String withoutBullet(String line) {
        return BULLET.matcher(line.strip()).replaceFirst("");
    }

    /** A line that is one person: a name that reads as a person's, then what the page says of them. */
    static Optional<StatedPerson> parse(String line) {
        String text = withoutBullet(line).strip().replaceFirst("[;.]$", "");
        if (text.isEmpty() || text.length() > 500) {
            return Optional.empty();
        }
        Honorifics.Split split = Honorifics.split(text);
        String rest = split.name();
        String name = rest;
        String position = null;
        boolean labelled = false;
        Matcher paren = PARENTHESISED.matcher(rest);
        Matcher sep = SEPARATOR.matcher(rest);
        if (sep.find()) {
            name = rest.substring(0, sep.start()).strip();
            position = rest.substring(sep.end()).strip();
            labelled = sep.group().startsWith(":");
            if (sep.group().strip().equals("(") && paren.matches()) {
                name = paren.group(1).strip();
                position = paren.group(2).strip();
            }
        }
        name = normalCase(name);
        if (!PersonNames.looksLikeName(name)) {
            // "Africa: Name (Role, Org)": a label before the person
            return labelled ? parse(position) : Optional.empty();
        }
        if (position != null && (position.isEmpty() || position.length() > 400)) {
            return Optional.empty();
        }
        return Optional.of(new StatedPerson(split.honorific(), name, position));
    }

    /** "Markus FERBER" → "Markus Ferber"; a name all in capitals stays as it is (it may be an acronym). */
    static String normalCase(String name) {
        if (!name.matches(".*\\p{Lu}\\p{Ll}.*")) {
            return name;
        }
        Matcher m = CAPS_WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(titleCase(word)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String titleCase(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'' || c == '’';
        }
        return out.toString();
    }
}
