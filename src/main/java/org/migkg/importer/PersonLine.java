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
    private static final Pattern SEPARATOR = Pattern.compile(",\\s+|\\s+[–—-]\\s+|\\s*\\|\\s*|\\s+\\(");
    private static final Pattern LEADING_LABEL = Pattern.compile("^([\\p{L}&’' ]{2,40}):\\s+(.+)$");
    /** "TriggsAssistant High Commissioner": a name run into the position that follows it. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(\\p{Ll}{3,})(\\p{Lu}\\p{Ll}{2,}|\\p{Lu}{2,}\\b)");
    private static final Pattern POST_NOMINALS = Pattern.compile("(?:,?\\s+(?:CBE|OBE|MBE|KBE|DBE|PhD|Ph\\.D\\.|MD|MP|MEP|Jr\\.?|Sr\\.?|Esq\\.?|FRS|FBA))+$");
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
        Matcher leading = LEADING_LABEL.matcher(text);
        if (leading.matches() && !PersonNames.looksLikeName(leading.group(1).strip())) {
            return parse(leading.group(2));
        }
        Honorifics.Split split = Honorifics.split(splitRunTogether(text));
        String rest = split.name();
        String name = rest;
        String position = null;
        Matcher paren = PARENTHESISED.matcher(rest);
        Matcher sep = SEPARATOR.matcher(rest);
        if (sep.find()) {
            name = rest.substring(0, sep.start()).strip();
            position = rest.substring(sep.end()).strip();
            if (sep.group().strip().equals("(") && paren.matches()) {
                name = paren.group(1).strip();
                position = paren.group(2).strip();
            }
        }
        name = normalCase(POST_NOMINALS.matcher(name).replaceFirst(""));
        if (!PersonNames.looksLikeName(name)) {
            String[] split2 = nameThenPosition(name);
            if (split2 == null) {
                return Optional.empty();
            }
            name = split2[0];
            position = position == null ? split2[1] : split2[1] + ", " + position;
        }
        if (position != null && (position.isEmpty() || position.length() > 400)) {
            return Optional.empty();
        }
        return Optional.of(new StatedPerson(split.honorific(), name, position));
    }

    /** "Armida Salsiah Alisjahbana UN Under-Secretary General": the name, then a position with no separator. */
    private static String[] nameThenPosition(String text) {
        String[] tokens = text.split("\\s+");
        for (int k = 2; k <= Math.min(4, tokens.length - 1); k++) {
            String next = tokens[k];
            boolean startsPosition = PositionParser.isTitleWord(next) || next.matches("\\p{Lu}{2,}[\\p{L}&-]*");
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
            if (startsPosition && PersonNames.looksLikeName(name)) {
                return new String[] {name, String.join(" ", java.util.Arrays.copyOfRange(tokens, k, tokens.length))};
            }
        }
        return null;
    }

    /**
     * Inserts the separator a flattened table lost between a name and a title ("TriggsAssistant"): three lower-case
     * letters before a capital are never a name's own ("McNeil", "MacDonald", "LeCoz" keep theirs).
     */
    private static String splitRunTogether(String text) {
        Matcher m = RUN_TOGETHER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ", " + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "Markus FERBER" → "Markus Ferber"; a name that starts with capitals stays as it is (it may be an acronym). */
    static String normalCase(String name) {
        if (!name.matches("^\\p{Lu}\\p{Ll}.*")) {
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
