package org.migkg.importer;

import org.migkg.text.Slugs;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.records.EventRecord;
import org.migkg.records.EventRecord.HubFacets;
import org.migkg.records.EventRecord.PartOf;
import org.migkg.records.EventRecord.Participant;
import org.migkg.records.EventRecord.ReviewItem;
import org.migkg.records.EventRecord.Source;

/**
 * Reads one saved event page into a draft record. The steps are the same for every page style; a style's reader
 * says what its labels mean (an MPI page's "MPI Webinar"), whether it carries hub facets, and who publishes it.
 * Whatever the reader is not sure of goes into the record's review list.
 */
public abstract class EventPageReader {

    private static final Pattern LABELLED = Pattern.compile("^(Where|When|Location|Venue|Date|Time)\\s*:\\s*(.+)$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^[A-Z][\\w.&-]*(?: [\\w.&-]+)*/[A-Z][\\w.' -]+$");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{1,2}[./]\\d{1,2}[./]\\d{4}\\s*[-–]\\s*");
    private static final Pattern THIS_TYPE = Pattern.compile("\\bThis (?:[A-Z][\\w-]* ){0,5}(webinar|teleconference|conference|workshop|briefing|meeting|side event)\\b");
    private static final List<String> MEMBERSHIP_ORDER = List.of("partnership", "initiative", "series", "conference", "process");
    private static final String MODERATOR_NOTE = "The saved page lost the role headings; only a blank gap sets this participant apart from the others.";

    protected final OrganizationLookup organizations;
    private final PositionParser positions;
    private final Memberships memberships;
    private final ProseOrganizers proseOrganizers;

    protected EventPageReader(OrganizationLookup organizations) {
        this.organizations = organizations;
        this.positions = new PositionParser(organizations);
        this.memberships = new Memberships(organizations);
        this.proseOrganizers = new ProseOrganizers(organizations);
    }

    /** Whether this reader knows the page's style. */
    public abstract boolean recognizes(SavedPage page);

    /** The reader's name in messages. */
    public abstract String style();

    /** Who publishes pages of this style, when the page's address does not tell. */
    protected String defaultPublisher() {
        return null;
    }

    /** MPI pages put their own label ("MPI Webinar") under the date: it is the stated type. */
    protected boolean labelsStateType() {
        return false;
    }

    /** Hub listings end with a facet list. */
    protected boolean hasFacets() {
        return false;
    }

    /** Reads the page with what the curator said of it. */
    public EventRecord read(SavedPage page, ImportOptions options) {
        return new Reading(page, options).read();
    }

    /** The state of reading one page. */
    private final class Reading {
        final SavedPage page;
        final List<ReviewItem> review = new ArrayList<>();
        final List<SavedPage.Line> lines = new ArrayList<>();
        final List<String> preTitle = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<String> dateLines = new ArrayList<>();
        final List<String> timeLines = new ArrayList<>();
        final List<String> prose = new ArrayList<>();
        final List<PersonMention> mentions = new ArrayList<>();
        final List<String> facetLines = new ArrayList<>();
        String title;
        String subtitle;
        String venue;
        String location;
        String when;
        String dateSource;

        final ImportOptions options;

        Reading(SavedPage page, ImportOptions options) {
            this.page = page;
            this.options = options;
        }

        EventRecord read() {
            LocalDate startWhenUnstated = options.startWhenUnstated();
            dropFurniture();
            splitFacets();
            int titleIndex = findTitle();
            walk(titleIndex);

            List<String> texts = lines.stream().map(SavedPage.Line::text).toList();
            DateHints hints = DateHints.forPage(page.url(), texts, null).withPageText(String.join("\n", page.wholePage()));
            Optional<EventDate> date = EventDates.of(texts, hints);
            String start;
            String end = null;
            String idPrefix;
            List<String> statedTimes = List.of();
            int year;
            StructuredEvent data = page.structured();
            if (data != null && data.startDate() != null && org.migkg.records.EventTime.isValid(data.startDate())) {
                start = data.startDate(); // the page's own schema.org data states it
                end = data.endDate() != null && org.migkg.records.EventTime.isValid(data.endDate()) ? data.endDate() : null;
                org.migkg.records.EventTime t = org.migkg.records.EventTime.parse(start);
                idPrefix = t.date().toString();
                year = t.year();
            } else if (date.isPresent()) {
                EventDate d = date.get();
                d.doubts().forEach(doubt -> flag("/start", doubt));
                start = d.isoStart();
                end = d.isoEnd();
                statedTimes = d.statedTimes();
                idPrefix = d.start().toString();
                year = d.start().getYear();
            } else if (startWhenUnstated != null) {
                start = startWhenUnstated.toString();
                idPrefix = start;
                year = startWhenUnstated.getYear();
                flag("/start", "the page states no date; " + startWhenUnstated + " was given on the command line");
            } else {
                Optional<Integer> mentioned = YearHint.of(page.url(), texts);
                year = mentioned.orElse(0);
                start = mentioned.map(String::valueOf).orElse(null);
                idPrefix = mentioned.map(String::valueOf).orElse("undated");
                flag("/start", mentioned.map(y -> "the page states no date; " + y + " is the year it names most: give the "
                        + "event's date (import --start) or keep only the year")
                        .orElse("the page states no date and no year: give the event's date (import --start) before loading"));
            }

            HubFacetList facets = hasFacets() ? HubFacetList.read(facetLines) : HubFacetList.read(List.of());
            String statedType = labelsStateType() ? labels.stream().filter(l -> EventTypes.in(l).isPresent()).findFirst().orElse(null) : null;
            String eventType = eventType(statedType, facets);
            List<String> organizers = organizers(statedType, facets);

            List<String> description = new ArrayList<>();
            List<PartOf> partOf = new ArrayList<>();
            Set<String> partners = new LinkedHashSet<>();
            Set<String> funders = new LinkedHashSet<>();
            boolean truncated = isTruncated();
            List<Memberships.Found> memberOf = new ArrayList<>();
            for (int i = 0; i < prose.size(); i++) {
                String paragraph = LEADING_DATE.matcher(prose.get(i)).replaceFirst("");
                Optional<Memberships.Found> found = memberships.in(paragraph, year);
                found.ifPresent(memberOf::add);
                if (found.isPresent() && found.get().wholeParagraph()) {
                    continue;
                }
            }
            // The event's own partnership or initiative first, then the series and wider processes it takes place in.
            memberOf.sort(Comparator.comparingInt(f -> MEMBERSHIP_ORDER.indexOf(f.partOf().kind())));
            for (Memberships.Found f : memberOf) {
                int at = partOf.size();
                partOf.add(f.partOf());
                f.doubts().forEach(d -> { flag("/partOf/" + at + "/id", d); flag("/partOf/" + at + "/name", d); });
                f.unknown().forEach(u -> flag("/partOf/" + at + "/organizers", "\"" + u + "\" is not in data/organizations.json"));
                f.parties().stream().filter(p -> !organizers.contains(p)).forEach(partners::add);
                funders.addAll(f.funders());
            }
            if (partners.isEmpty() && partOf.isEmpty() && !hasFacets()) {
                List<String> named = proseOrganizers.partners(prose);
                if (!named.isEmpty()) {
                    named.stream().filter(p -> !organizers.contains(p)).forEach(partners::add);
                    flag("/partners", "read from running text (\"in collaboration with ...\")");
                }
            }

            addStructuredPerformers();
            List<Participant> participants = participants();
            String attendance = page.structured() != null && page.structured().attendance() != null
                    ? page.structured().attendance() : attendance(eventType);
            if (subtitle != null) {
                flag("/subtitle", "a line under the title that is neither a label nor a participant; check it is the subtitle");
            }
            String id = Slugs.eventId(idPrefix, title);

            HubFacets hub = hubFacets(facets);
            Source source = new Source(page.url(), title, page.documentName(), null, publisher(), truncated ? Boolean.TRUE : null);
            return new EventRecord("../schema/event.schema.json", id, title, subtitle, eventType, statedType, start, end,
                    statedTimes, attendance, venue, location, description, null, null,
                    organizers, List.copyOf(partners), List.copyOf(funders), partOf, participants, objectives(facets),
                    facets.themes, facets.get("Geographic Scope"), List.of(), facets.sdgs, facets.sdgTargets, hub, source,
                    review);
        }

        /** The hub's facets, else the objectives the text names by number. */
        List<Integer> objectives(HubFacetList facets) {
            if (!facets.objectives.isEmpty()) {
                return facets.objectives;
            }
            List<String> all = new ArrayList<>();
            all.add(title);
            all.addAll(lines.stream().map(SavedPage.Line::text).toList());
            return StatedObjectives.in(String.join("\n", all));
        }

        void flag(String field, String reason) {
            review.add(new ReviewItem(field, reason));
        }

        void dropFurniture() {
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

        void splitFacets() {
            if (!hasFacets()) {
                return;
            }
            for (int i = 0; i < lines.size(); i++) {
                if (HubFacetList.isHeading(lines.get(i).text())) {
                    lines.subList(i, lines.size()).forEach(l -> facetLines.add(l.text()));
                    lines.subList(i, lines.size()).clear();
                    return;
                }
            }
        }

        /** The event's name (see {@link TitleFinder}); a curator's --title wins. */
        int findTitle() {
            List<String> texts = lines.stream().map(SavedPage.Line::text).toList();
            TitleFinder.Found found = TitleFinder.in(texts, page.isListingItem() ? null : page.url());
            if (options.title() != null) {
                title = options.title().strip();
                return found == null ? -1 : found.index();
            }
            StructuredEvent data = page.structured();
            if (data != null && data.name() != null) {
                title = data.name();
                String key = org.migkg.text.Folding.key(title);
                for (int i = 0; i < texts.size(); i++) {
                    if (org.migkg.text.Folding.key(texts.get(i)).equals(key)) {
                        return i;
                    }
                }
                return -1;
            }
            if (found == null) {
                title = page.file().getFileName().toString().replaceAll("\\.[a-z]+$", "").replaceAll("[-_]+", " ");
                flag("/title", "no line of the page reads as the event's name and the page has no address; give the title (import --title)");
                return -1;
            }
            title = found.title();
            if (found.doubt() != null) {
                flag("/title", found.doubt());
            }
            for (int i = 0; i < found.index(); i++) {
                preTitle.add(texts.get(i));
            }
            return found.index();
        }

        void walk(int titleIndex) {
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
                        default -> when = when == null ? value : when;
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
                                mentions.add(new PersonMention(p, part.role(), part.session(), block));
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
                    mentions.add(new PersonMention(person.get(), role, session, block));
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
                        dateLines.add(text);
                        continue;
                    }
                    if (text.length() < 250 && StatedTimes.statesATime(text) && !text.endsWith(".")) {
                        timeLines.add(text);
                        continue;
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
        boolean preTitleOnly(String text) {
            return text.contains(title) || DateFinder.in(text).isPresent() && words(text) < 10;
        }

        /** The line under a name alone: a position ("Research Assistant, CEPS"), not a person, label or sentence. */
        boolean isPositionLine(String next) {
            return next.length() <= 250 && PersonLine.parse(next).isEmpty() && RoleLabel.of(next).isEmpty()
                    && !(words(next) > 8 && endsSentence(next)) && PositionParser.namesATitleOrOrganization(next);
        }

        Optional<StatedDate> findDate() {
            List<String> sources = new ArrayList<>();
            if (when != null) {
                sources.add(when);
            }
            sources.addAll(dateLines);
            sources.addAll(preTitle);
            sources.addAll(prose);
            if (subtitle != null) {
                sources.add(subtitle);
            }
            for (String s : sources) {
                Optional<StatedDate> d = DateFinder.in(s);
                if (d.isPresent()) {
                    dateSource = s;
                    return d;
                }
            }
            return Optional.empty();
        }

        Optional<StatedTimes> findTimes(StatedDate date) {
            List<String> sources = new ArrayList<>();
            if (when != null) {
                sources.add(when);
            }
            sources.add(String.join(" ", timeLines));
            if (dateSource != null) {
                sources.add(dateSource);
            }
            for (String s : sources) {
                Optional<StatedTimes> t = StatedTimes.in(s, date.start()).filter(StatedTimes::hasOffset);
                if (t.isPresent()) {
                    return t;
                }
            }
            return Optional.empty();
        }

        String eventType(String statedType, HubFacetList facets) {
            List<String> facetType = facets.get("Type of Event");
            String[][] sources = {
                    {statedType, null}, {venue, null}, {facetType.isEmpty() ? null : facetType.get(0), null},
                    {title, "the title"}, {subtitle, "the subtitle"}, {String.join(" ", preTitle), "the page heading"},
                    {String.join(" ", labels), "a label near the title"}, {String.join(" ", prose), "the description"}};
            for (String[] s : sources) {
                Optional<String> type = EventTypes.in(s[0]);
                if (type.isPresent()) {
                    if (s[1] != null) {
                        flag("/eventType", "read from " + s[1] + " (\"" + EventTypes.wordIn(s[0]).orElse("") + "\")");
                    } else {
                        Matcher m = THIS_TYPE.matcher(String.join(" ", prose));
                        while (m.find()) {
                            String said = EventTypes.in(m.group(1)).orElseThrow();
                            if (!said.equals(type.get())) {
                                flag("/eventType", "the page's label says " + type.get() + " but its text says \"" + m.group() + "\"");
                                break;
                            }
                        }
                    }
                    return type.get();
                }
            }
            flag("/eventType", "the page does not say what kind of event this is");
            return "other";
        }

        String attendance(String eventType) {
            String text = String.join(" ", prose).toLowerCase(java.util.Locale.ROOT);
            for (SavedPage.Line l : lines) {
                java.util.regex.Matcher format = TitleFinder.FORMAT_SUFFIX.matcher(l.text());
                if (format.find()) {
                    String said = format.group().toLowerCase(java.util.Locale.ROOT);
                    return said.contains("hybri") ? "mixed" : said.contains("person") || said.contains("présentiel") ? "in-person" : "online";
                }
            }
            if (eventType.equals("webinar") || eventType.equals("teleconference")) {
                return "online";
            }
            boolean online = text.contains("online") || text.contains("virtual");
            if (online && location == null && !text.contains("(and online)")) {
                flag("/attendance", "read from the words \"online\"/\"virtual\" in the text");
                return "online";
            }
            if (online) {
                flag("/attendance", "the page names a place and says the event is also online");
                return "mixed";
            }
            if (location != null) {
                flag("/attendance", "the page names a place and does not say the event is online");
                return "in-person";
            }
            return null;
        }

        List<String> organizers(String statedType, HubFacetList facets) {
            Set<String> ids = new LinkedHashSet<>();
            if (page.structured() != null) {
                for (String name : page.structured().organizers()) {
                    Optional<String> id = organizations.exactIdOf(name).or(() -> organizations.idOf(name, null));
                    if (id.isPresent()) {
                        ids.add(id.get());
                    } else {
                        flag("/organizers", "\"" + name + "\", the organizer the page's structured data names, is not in data/organizations.json");
                    }
                }
                if (!ids.isEmpty()) {
                    return List.copyOf(ids);
                }
            }
            List<String> named = facets.get("Main organizer/s");
            for (int i = 0; i < named.size(); i++) {
                String value = named.get(i);
                String[] parts = value.split("\\s+-\\s+");
                Optional<String> id = organizations.exactIdOf(value);
                for (String part : parts) {
                    id = id.or(() -> organizations.exactIdOf(part));
                }
                if (id.isPresent()) {
                    ids.add(id.get());
                } else {
                    flag("/organizers", "\"" + value + "\" is not in data/organizations.json");
                }
            }
            if (ids.isEmpty()) {
                for (String label : labelsNamingOrganizers(statedType)) {
                    ids.addAll(organizationsIn(label));
                }
            }
            if (ids.isEmpty() && !hasFacets()) {
                List<String> fromText = proseOrganizers.organizers(prose);
                if (!fromText.isEmpty()) {
                    ids.addAll(fromText);
                    flag("/organizers", "read from running text (\"... hosted\", \"... organises\")");
                }
            }
            if (ids.isEmpty() && publisher() != null) {
                ids.add(publisher());
                flag("/organizers", "the page names no organizer; " + publisher() + ", whose site publishes the page, is taken for it");
            } else if (ids.isEmpty()) {
                flag("/organizers", "the page names no organizer the importer could read");
            }
            return List.copyOf(ids);
        }

        /** "MPI Webinar" → [MPI]; "MPI Europe" → [MPI Europe]; "MPI-IOM Webinar" → [MPI, IOM]. */
        List<String> labelsNamingOrganizers(String statedType) {
            List<String> out = new ArrayList<>();
            List<String> candidates = new ArrayList<>(labels);
            if (statedType == null && venue != null) {
                candidates.add(venue);
            }
            for (String label : candidates) {
                String word = EventTypes.wordIn(label).orElse(null);
                String owner = word == null ? label : label.substring(0, label.toLowerCase(java.util.Locale.ROOT).indexOf(word)).strip();
                if (!owner.isEmpty()) {
                    out.add(owner);
                }
            }
            return out;
        }

        List<String> organizationsIn(String owner) {
            Optional<String> whole = organizations.exactIdOf(owner);
            if (whole.isPresent()) {
                return List.of(whole.get());
            }
            List<String> ids = new ArrayList<>();
            for (String part : owner.split("\\s*[-/&]\\s*|\\s+and\\s+")) {
                organizations.exactIdOf(part).ifPresent(ids::add);
            }
            return ids;
        }

        /** The performers of the page's schema.org data that its text does not list. */
        void addStructuredPerformers() {
            if (page.structured() == null) {
                return;
            }
            Set<String> listed = new java.util.HashSet<>();
            mentions.forEach(m -> listed.add(org.migkg.text.Folding.key(m.name())));
            int block = mentions.stream().mapToInt(PersonMention::block).max().orElse(0) + 1;
            for (StructuredEvent.Performer p : page.structured().performers()) {
                org.migkg.text.Honorifics.Split split = org.migkg.text.Honorifics.split(p.name());
                if (listed.add(org.migkg.text.Folding.key(split.name()))) {
                    mentions.add(new PersonMention(split.honorific(), split.name(), p.position(), null, null, block, null));
                }
            }
        }

        /** People named only in the running text, unless a list on the page names them already. */
        void addProsePeople() {
            Set<String> listed = new java.util.HashSet<>();
            mentions.forEach(m -> listed.add(org.migkg.text.Folding.key(m.name())));
            int block = mentions.stream().mapToInt(PersonMention::block).max().orElse(0) + 1;
            for (String paragraph : prose) {
                for (ProsePeople.Found f : ProsePeople.in(paragraph)) {
                    if (listed.add(org.migkg.text.Folding.key(f.person().name()))) {
                        StatedPerson p = f.person();
                        mentions.add(new PersonMention(p.honorific(), p.name(), p.position(), f.role(), null, block, f.evidence()));
                    }
                }
            }
        }

        List<Participant> participants() {
            addProsePeople();
            boolean anyStated = mentions.stream().anyMatch(m -> m.role() != null && !m.inRunningText());
            List<Integer> unheadedBlocks = mentions.stream().filter(m -> m.role() == null && !m.inRunningText())
                    .map(PersonMention::block).distinct().toList();
            Integer moderatorBlock = null;
            if (!anyStated && unheadedBlocks.size() >= 2) {
                int last = unheadedBlocks.get(unheadedBlocks.size() - 1);
                if (mentions.stream().filter(m -> m.block() == last).count() == 1) {
                    moderatorBlock = last;
                }
            }
            List<Participant> out = new ArrayList<>();
            for (PersonMention m : mentions) {
                int i = out.size();
                String role = m.role();
                String basis = "stated";
                String note = null;
                if (role == null) {
                    basis = "layout";
                    if (moderatorBlock != null && m.block() == moderatorBlock) {
                        role = "moderator";
                        note = MODERATOR_NOTE;
                        flag("/participants/" + i + "/role", "the page lost its role headings; a blank gap sets this participant "
                                + "apart after the others, where these pages put the moderator");
                    } else {
                        role = "speaker";
                    }
                }
                if (m.inRunningText()) {
                    flag("/participants/" + i, "named only in running text (\"" + m.proseEvidence()
                            + "\"); check that " + m.name() + " took part, and as " + role);
                }
                ParsedPosition parsed = m.statedPosition() == null ? new ParsedPosition(List.of(), List.of(), List.of())
                        : positions.parse(m.statedPosition());
                parsed.doubts().forEach(d -> flag("/participants/" + i + "/posts", d));
                for (int j = 0; j < parsed.posts().size(); j++) {
                    EventRecord.Post post = parsed.posts().get(j);
                    if (post.organization() != null && post.organizationId() == null) {
                        flag("/participants/" + i + "/posts/" + j + "/organizationId",
                                "\"" + post.organization() + "\" is not in data/organizations.json");
                    }
                }
                for (String aside : parsed.asides()) {
                    String add = "The position adds: " + aside + ".";
                    note = note == null ? add : note + " " + add;
                }
                out.add(new Participant(m.name(), m.honorific(), null, role, basis, m.session(), m.statedPosition(), parsed.posts(), note));
            }
            return out;
        }

        HubFacets hubFacets(HubFacetList facets) {
            facets.unread.forEach(u -> flag("/hubFacets", "a facet value the importer could not place: \"" + u + "\""));
            List<String> type = facets.get("Type of Event");
            List<String> category = facets.get("Event Category");
            List<String> workstream = facets.get("Workstream Output");
            List<String> regional = facets.get("Regional Review Process");
            List<String> audience = facets.get("Target Audience");
            if (type.isEmpty() && category.isEmpty() && workstream.isEmpty() && regional.isEmpty() && audience.isEmpty()) {
                return null;
            }
            return new HubFacets(first(type), first(category), audience, first(workstream), first(regional));
        }

        String publisher() {
            if (page.url() != null) {
                return WebAddress.host(page.url()).flatMap(organizations::idOfWebsite).orElse(null);
            }
            return defaultPublisher();
        }

        /** The copy ends inside a sentence: its last line is running text without a closing mark. */
        boolean isTruncated() {
            String last = page.lastLine();
            if (last == null || endsSentence(last) || PersonLine.parse(last).isPresent()) {
                return false;
            }
            long lowerWords = java.util.Arrays.stream(last.split("\\s+")).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
            return lowerWords >= 2;
        }
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }

    static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    static boolean endsSentence(String text) {
        return text.strip().matches(".*[.!?:;)\"”’»…]$");
    }

    static boolean isProse(String text) {
        return words(text) >= 12 || endsSentence(text);
    }
}
