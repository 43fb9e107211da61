package org.migkg.importer;

import static org.migkg.importer.LineShape.endsSentence;
import static org.migkg.importer.LineShape.isProse;
import static org.migkg.importer.LineShape.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a page's lines into its {@link PageLayout}, top to bottom: labels and role headings, people one a line or
 * in lists (a blank gap of two lines starts a new block), the header above the running text, and the running text.
 */
final class LayoutReader {
    private static final Pattern LABELLED = Pattern.compile("^(Where|When|Location|Venue|Date|Time)\\s*:\\s*(.+)$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^[A-Z][\\w.&-]*(?: [\\w.&-]+)*/[A-Z][\\w.' -]+$");

    private final List<SavedPage.Line> lines = new ArrayList<>();
    private final List<String> facetLines = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<String> prose = new ArrayList<>();
    private final List<PageParticipant> mentions = new ArrayList<>();
    private String title;
    private String subtitle;
    private String venue;
    private String location;

    private LayoutReader() {}

    static PageLayout read(SavedPage page, ImportOptions options, boolean hasFacets, ReviewList review) {
        LayoutReader reader = new LayoutReader();
        reader.dropFurniture(page);
        if (hasFacets) {
            reader.splitFacets();
        }
        TitleChoice choice = TitleChoice.of(page, reader.lines.stream().map(SavedPage.Line::text).toList(), options, review);
        reader.title = choice.title();
        reader.walk(choice);
        return new PageLayout(List.copyOf(reader.lines), reader.title, choice.preTitle(), List.copyOf(reader.labels),
                reader.subtitle, reader.venue, reader.location, List.copyOf(reader.mentions), List.copyOf(reader.prose),
                List.copyOf(reader.facetLines));
    }

    private void dropFurniture(SavedPage page) {
        int carry = 0;
        for (SavedPage.Line l : page.lines()) {
            if (Furniture.is(l.text())) {
                carry += l.blanksBefore();
                continue;
            }
            lines.add(new SavedPage.Line(l.text(), l.blanksBefore() + carry));
            carry = 0;
        }
        if (lines.isEmpty()) {
            throw new UnreadablePageException(page.file(), "holds nothing but page furniture (no title, no event)");
        }
    }

    private void splitFacets() {
        for (int i = 0; i < lines.size(); i++) {
            if (HubFacetList.isHeading(lines.get(i).text())) {
                lines.subList(i, lines.size()).forEach(l -> facetLines.add(l.text()));
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    private void walk(TitleChoice choice) {
        int titleIndex = choice.index();
        String role = null;
        String session = null;
        int block = 0;
        boolean header = true;
        boolean lastWasMention = false;
        boolean roleBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            SavedPage.Line line = lines.get(i);
            String text = line.text();
            if (i == titleIndex || text.equals(title) || (i < titleIndex && preTitleOnly(text))) {
                continue;
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                String value = labelled.group(2).strip();
                switch (labelled.group(1)) {
                    case "Where", "Venue" -> venue = value;
                    case "Location" -> location = value;
                    default -> { } // a date or time: EventDates reads them from all the lines
                }
                continue;
            }
            Optional<RoleLabel> label = RoleLabel.of(text);
            if (label.isPresent()) {
                header = false;
                lastWasMention = false;
                if (label.get().rest().isEmpty()) {
                    role = label.get().role();
                    session = label.get().session();
                    block++;
                    roleBlock = true;
                } else {
                    for (RoleLabel part : PeopleList.labelledParts(label.get())) {
                        block++;
                        for (StatedPerson p : PeopleList.in(part.rest())) {
                            mentions.add(new PageParticipant(p, part.role(), part.session(), block));
                        }
                    }
                }
                continue;
            }
            Optional<StatedPerson> person = PersonLine.parse(text);
            if (person.isPresent() && person.get().position() == null) {
                String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
                if (next != null && isPositionLine(next)) {
                    String position = next;
                    i++;
                    String further = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
                    if (further != null && isPositionLine(further) && further.length() <= 120 && !endsSentence(further)) {
                        position = position + ", " + further; // name, title and organization on lines of their own
                        i++;
                    }
                    person = Optional.of(person.get().withPosition(position));
                } else if (!roleBlock) {
                    person = Optional.empty();
                }
            }
            if (person.isPresent()) {
                if (lastWasMention && line.blanksBefore() >= 2) {
                    block++;
                }
                mentions.add(new PageParticipant(person.get(), role, session, block));
                lastWasMention = true;
                header = false;
                continue;
            }
            if (roleBlock && (isProse(text) || words(text) > 12)) {
                roleBlock = false;
                role = null;
            }
            lastWasMention = false;
            if (header) {
                if (text.length() < 60 && DateFinder.in(text).isPresent()) {
                    continue; // a date line: EventDates reads it
                }
                if (text.length() < 250 && StatedTimes.statesATime(text) && !text.endsWith(".")) {
                    continue; // a time line: EventDates reads it
                }
                if (i + 1 < lines.size() && PHOTO_CREDIT.matcher(lines.get(i + 1).text()).matches()) {
                    i++; // a photo caption and its credit
                    continue;
                }
                if (words(text) <= 5 && !endsSentence(text)) {
                    labels.add(text);
                    continue;
                }
                if (!isProse(text) && subtitle == null) {
                    subtitle = text;
                    continue;
                }
                header = false;
            }
            if (words(text) <= 6 && !endsSentence(text)) {
                continue; // a heading inside the text ("On the agenda") or a site name in the footer
            }
            prose.add(text);
        }
    }

    /** A line above the title that only decorates it (the same title with a label or date around it). */
    private boolean preTitleOnly(String text) {
        return text.contains(title) || DateFinder.in(text).isPresent() && words(text) < 10;
    }

    /** The line under a name alone: a position ("Research Assistant, CEPS"), not a person, label or sentence. */
    private static boolean isPositionLine(String next) {
        return next.length() <= 250 && PersonLine.parse(next).isEmpty() && RoleLabel.of(next).isEmpty()
                && !(words(next) > 8 && endsSentence(next)) && PositionParser.namesATitleOrOrganization(next);
    }
}
