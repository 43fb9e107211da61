package org.migkg.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.text.Honorifics;

/**
 * Several people in one run of text, as inline lists write them: "A, B and C", "A (Director, X), B (Fellow, Y)",
 * "A, Director, X; B, Fellow, Y; and C, Chair, Z", "A, Director, X, and B, Fellow, Y", in English, German and French
 * ("und", "et"). A piece that reads as a name starts a person; the pieces after it, until the next name, are what the
 * page says of them.
 */
final class PeopleList {
    private PeopleList() {}

    private static final Pattern JOINER = Pattern.compile(",\\s+(?:and|und|et)\\s+|\\s+(?:and|und|et|&)\\s+|,\\s+");
    private static final Pattern NEXT_LABEL = Pattern.compile("[.;]\\s+(?=(?:[\\p{L}’' ]{3,40})[:：])");

    /** The labelled parts of a line: "Speakers: A, B and C. Moderator: D" → the speakers' part and the moderator's. */
    static List<RoleLabel> labelledParts(RoleLabel first) {
        List<RoleLabel> parts = new ArrayList<>();
        String rest = first.rest();
        Matcher m = NEXT_LABEL.matcher(rest);
        int start = 0;
        String role = first.role();
        String session = first.session();
        while (m.find()) {
            Optional<RoleLabel> next = RoleLabel.of(rest.substring(m.end()));
            if (next.isPresent()) {
                parts.add(new RoleLabel(role, session, rest.substring(start, m.start()).strip()));
                role = next.get().role();
                session = next.get().session() == null ? session : next.get().session();
                start = rest.length() - next.get().rest().length();
            }
        }
        parts.add(new RoleLabel(role, session, rest.substring(start).strip()));
        return parts;
    }

    static List<StatedPerson> in(String text) {
        String t = text.strip().replaceFirst("[.;]$", "");
        List<String> chunks = Parentheses.splitOutside(t, ';');
        if (chunks.size() > 1) {
            List<StatedPerson> out = new ArrayList<>();
            for (String chunk : chunks) {
                out.addAll(in(chunk.strip().replaceFirst("^(?:and|und|et)\\s+", "")));
            }
            return out;
        }
        List<StatedPerson> people = new ArrayList<>();
        StringBuilder position = null;
        StatedPerson current = null;
        List<Piece> pieces = pieces(t);
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            String piece = p.text();
            Optional<StatedPerson> person = asPerson(piece);
            boolean last = k == pieces.size() - 1;
            if (person.isPresent() && position != null && last && p.joinedBy().strip().equals(",")) {
                person = Optional.empty(); // "Head of Affairs, Luigi Sturzo": the end of a position, not a new person
            }
            if (person.isPresent()) {
                if (current != null) {
                    people.add(position == null ? current : current.withPosition(position.toString()));
                }
                current = person.get();
                position = current.position() == null ? null : new StringBuilder(current.position());
            } else if (current != null) {
                position = position == null ? new StringBuilder(piece) : position.append(p.joinedBy()).append(piece);
            }
        }
        if (current != null) {
            people.add(position == null ? current : current.withPosition(position.toString()));
        }
        return people;
    }

    /** A piece that is a name alone, or a name with its position in parentheses. */
    private static Optional<StatedPerson> asPerson(String piece) {
        Honorifics.Split split = Honorifics.split(piece.strip());
        String name = split.name();
        String position = null;
        int open = name.indexOf('(');
        if (open > 0 && name.endsWith(")")) {
            position = name.substring(open + 1, name.length() - 1).strip();
            name = name.substring(0, open).strip();
        }
        name = PersonLine.normalCase(name);
        return PersonNames.looksLikeName(name) ? Optional.of(new StatedPerson(split.honorific(), name, position)) : Optional.empty();
    }

    private record Piece(String joinedBy, String text) {}

    /** The text cut at commas and "and" outside parentheses, each piece with what joined it to the one before. */
    private static List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        String joinedBy = "";
        int depth = 0;
        int start = 0;
        Matcher m = JOINER.matcher(text);
        int from = 0;
        while (m.find(from)) {
            depth = depthAt(text, m.start());
            if (depth == 0) {
                out.add(new Piece(joinedBy, text.substring(start, m.start()).strip()));
                joinedBy = m.group();
                start = m.end();
            }
            from = m.end();
            if (from >= text.length()) {
                break;
            }
        }
        out.add(new Piece(joinedBy, text.substring(start).strip()));
        out.removeIf(p -> p.text().isEmpty());
        return out;
    }

    private static int depthAt(String text, int index) {
        int depth = 0;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
