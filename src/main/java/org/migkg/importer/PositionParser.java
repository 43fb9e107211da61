package org.migkg.importer;

import org.migkg.text.Countries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.records.EventRecord.Post;

/**
 * Splits a stated position into posts: title, organization as written, country. Posts are separated by ";"; an
 * organization is found by the catalogue first (the rightmost segment it knows), then by its wording ("Ministry",
 * "University", an acronym...); a trailing country ("Germany", "Government of Belgium", "(Pakistan)") is taken off.
 * A post without an organization that precedes one with an organization shares it ("Head of X; and Commissioner for Y,
 * BMZ, Germany"); one that follows stands alone. Splits the parser had to guess are returned with a doubt.
 */
public final class PositionParser {

    private static final Set<String> TITLE_WORDS = Set.of("CEO", "Director", "Head", "Manager", "Chair", "Chairman",
            "Chairperson", "President", "Vice", "Coordinator", "Advisor", "Adviser", "Officer", "Fellow", "Professor",
            "Secretary", "Founder", "Co-Founder", "Senior", "Associate", "Deputy", "Executive", "Minister", "Commissioner",
            "Lead", "Analyst", "Researcher", "Member", "Consultant", "Specialist", "Representative", "Ambassador", "Chief",
            "Assistant", "Principal", "Counsellor", "Counselor", "Editor", "Partner", "Co-Director", "Nonresident");
    private static final Pattern ORG_WORDS = Pattern.compile("\\b(?:Ministry|Organi[sz]ation|Institute|Institution|University|"
            + "Universidad|Université|Università|Universität|College|School|Agency|Department|Bank|Centre|Center|Commission|"
            + "Foundation|Association|Council|Delegation|Mission|Network|Fund|Office|Bureau|Secretariat|Federation|Committee|"
            + "Authority|Embassy|Consulate|Society|Alliance|Partnership|Corporation|Company|Government|Parliament|Coalition|"
            + "Cooperation|Church|Churches|Trust|Forum|Observatory|Stiftung|Institut|Organisation|Project|Programme|Group|"
            + "Caritas|Red Cross|Crescent)\\b|(?i:\\p{L}*(?:stiftung|fraktion|ministerium|verband|verein|zentrum|hilfswerk)\\b)");
    private static final Pattern ACRONYM = Pattern.compile("^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$");
    private static final Pattern AND_TITLE_WORD = Pattern.compile("^(.*\\S) and (\\S+)$");
    private static final Pattern LINKING_WORD = Pattern.compile(" (of|to|at|for) (?:the )?");

    private final OrganizationLookup organizations;

    public PositionParser(OrganizationLookup organizations) {
        this.organizations = organizations;
    }

    public ParsedPosition parse(String stated) {
        String text = stated.replaceAll("\\s+", " ").strip();
        List<String> doubts = new ArrayList<>();
        List<String> asides = new ArrayList<>();
        List<List<Post>> chunks = new ArrayList<>();
        for (String chunk : Parentheses.splitOutside(text, ';')) {
            String c = chunk.strip().replaceFirst("^and\\s+", "");
            if (!c.isEmpty()) {
                chunks.add(parseChunk(c, doubts, asides));
            }
        }
        // A post without organization shares the organization of the next post that has one.
        for (int i = 0; i < chunks.size(); i++) {
            if (chunks.get(i).stream().allMatch(p -> p.organization() == null)) {
                Post donor = null;
                for (int j = i + 1; j < chunks.size() && donor == null; j++) {
                    donor = chunks.get(j).stream().filter(p -> p.organization() != null).findFirst().orElse(null);
                }
                if (donor != null) {
                    Post from = donor;
                    chunks.set(i, chunks.get(i).stream().map(p -> new Post(p.title(), from.organization(), from.organizationId(),
                            p.country() != null ? p.country() : from.country())).toList());
                }
            }
        }
        List<Post> posts = chunks.stream().flatMap(List::stream).toList();
        if (text.contains(",") && posts.stream().allMatch(p -> p.organization() == null)) {
            doubts.add("no organization found in \"" + text + "\"; the catalogue may not know it yet");
        }
        return new ParsedPosition(posts, doubts, asides);
    }

    private List<Post> parseChunk(String chunk, List<String> doubts, List<String> asides) {
        List<String> segments = new ArrayList<>(Parentheses.splitOutside(chunk, ',').stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        String country = null;
        if (segments.size() > 1) {
            Optional<String> c = Countries.named(segments.get(segments.size() - 1));
            if (c.isPresent()) {
                country = c.get();
                segments.remove(segments.size() - 1);
            }
        }
        int orgIndex = organizationIndex(segments);
        if (orgIndex < 0) {
            return single(String.join(", ", segments), country, doubts, asides);
        }
        String orgText = String.join(", ", segments.subList(orgIndex, segments.size()));
        OrgPart org = splitParenthetical(orgText, country, asides);
        List<String> titles = titles(segments.subList(0, orgIndex), doubts);
        List<String> orgNames = splitKnownPair(org.name());
        String orgCountry = org.country() != null ? org.country() : countryOfOffice(org.name());
        List<Post> posts = new ArrayList<>();
        for (String title : titles) {
            for (String name : orgNames) {
                posts.add(post(title, name, orgCountry));
            }
        }
        return posts;
    }

    /** A chunk with no comma-separated organization: "Coordinator of Mediterranean Hope", "MPI Nonresident Fellow". */
    private List<Post> single(String chunk, String country, List<String> doubts, List<String> asides) {
        Matcher and = Pattern.compile(" and (?=(\\S+))").matcher(chunk);
        while (and.find()) {
            if (TITLE_WORDS.contains(and.group(1))) {
                Optional<Post> left = linked(chunk.substring(0, and.start()), country, asides);
                Optional<Post> right = linked(chunk.substring(and.end()), country, asides);
                if (left.isPresent() && right.isPresent()) {
                    doubts.add("read as two posts joined by \"and\": \"" + left.get().title() + "\" and \"" + right.get().title() + "\"");
                    return List.of(left.get(), right.get());
                }
            }
        }
        return List.of(linked(chunk, country, asides).or(() -> titleOfOrganization(chunk, country, asides))
                .orElseGet(() -> organizationAlone(chunk, country, asides)));
    }

    /** "President of the Luigi Sturzo Institute", "Member of the European Parliament": a title, then the organization. */
    private Optional<Post> titleOfOrganization(String chunk, String country, List<String> asides) {
        Matcher m = LINKING_WORD.matcher(chunk);
        if (m.find() && startsWithTitleWord(chunk.substring(0, m.start()))) {
            String rest = chunk.substring(m.end()).strip();
            if (readsLikeOrganization(Parentheses.withoutTrailing(rest))) {
                OrgPart org = splitParenthetical(rest, country, asides);
                return Optional.of(post(chunk.substring(0, m.start()), org.name(), org.country()));
            }
        }
        return Optional.empty();
    }

    /** A position that is only an organization ("University of Oulu", "CEPS") names it without a title. */
    private Post organizationAlone(String chunk, String country, List<String> asides) {
        String core = Parentheses.withoutTrailing(chunk);
        boolean known = organizations.isExactlyKnown(core) || organizations.isExactlyKnown(chunk);
        if (known || (!hasTitleWord(chunk) && readsLikeOrganization(core))) {
            OrgPart org = splitParenthetical(chunk, country, asides);
            return post(null, org.name(), org.country());
        }
        return new Post(chunk, null, null, country);
    }

    private static boolean hasTitleWord(String text) {
        for (String word : text.split("[\\s,/()-]+")) {
            if (TITLE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithTitleWord(String text) {
        String first = text.strip().split("[\\s-]+")[0];
        return TITLE_WORDS.contains(first) || TITLE_WORDS.contains(first.replaceAll("s$", ""));
    }

    /** "Director of MPI Europe", "general director a.i. of Fedasil", "Senior Advisor to MPI’s Council", "MPI Nonresident Fellow". */
    private Optional<Post> linked(String text, String country, List<String> asides) {
        Matcher m = LINKING_WORD.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end());
            Optional<String> known = organizations.knownPrefixOf(rest);
            if (known.isEmpty() && m.group().endsWith("the ")) {
                known = organizations.knownPrefixOf("the " + rest).map(k -> k.substring(4));
            }
            if (known.isPresent()) {
                String after = rest.substring(known.get().length());
                if (after.matches("^[’']s\\b.*")) {
                    return Optional.of(post(text, known.get(), country));
                }
                if (after.isBlank() || after.strip().startsWith("(")) {
                    OrgPart org = splitParenthetical(rest, country, asides);
                    return Optional.of(post(text.substring(0, m.start()), org.name(), org.country()));
                }
            }
        }
        Optional<String> prefix = organizations.knownPrefixOf(text);
        if (prefix.isPresent()) {
            String rest = text.substring(prefix.get().length()).strip();
            if (!rest.isEmpty() && TITLE_WORDS.contains(rest.split(" ")[0])) {
                return Optional.of(post(rest, prefix.get(), country));
            }
        }
        return Optional.empty();
    }

    /** "IOM Georgia" is IOM's office in Georgia. */
    private String countryOfOffice(String organization) {
        return organizations.knownPrefixOf(organization)
                .flatMap(prefix -> Countries.named(organization.substring(prefix.length()).strip()))
                .orElse(null);
    }

    /** The rightmost segment (never the first) the catalogue knows, else the rightmost that reads like an organization. */
    private int organizationIndex(List<String> segments) {
        for (int i = segments.size() - 1; i >= 1; i--) {
            String s = Parentheses.withoutTrailing(segments.get(i));
            if (organizations.isExactlyKnown(s) || organizations.isExactlyKnown(segments.get(i))
                    || organizations.idOf(segments.get(i), null).isPresent()) {
                return i;
            }
        }
        for (int i = segments.size() - 1; i >= 1; i--) {
            if (readsLikeOrganization(Parentheses.withoutTrailing(segments.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isTitleWord(String word) {
        return TITLE_WORDS.contains(word);
    }

    /** Whether a text names a job title or an organization: a title word, an organization word or an acronym. */
    static boolean namesATitleOrOrganization(String text) {
        for (String word : text.split("[\\s,/()-]+")) {
            if (TITLE_WORDS.contains(word) || (ACRONYM.matcher(word).matches() && word.length() >= 2)) {
                return true;
            }
        }
        return ORG_WORDS.matcher(text).find();
    }

    static boolean readsLikeOrganization(String segment) {
        if (segment.isEmpty() || !Character.isUpperCase(segment.charAt(0))) {
            return false;
        }
        if (ACRONYM.matcher(segment).matches() && !TITLE_WORDS.contains(segment)) {
            return true;
        }
        return ORG_WORDS.matcher(segment).find();
    }

    /** Title segments; "Manager, X Unit and CEO, Y Partnership" holds two titles. */
    private List<String> titles(List<String> segments, List<String> doubts) {
        for (int i = 0; i < segments.size() - 1; i++) {
            Matcher m = AND_TITLE_WORD.matcher(segments.get(i));
            if (i > 0 && m.matches() && TITLE_WORDS.contains(m.group(2))) {
                List<String> left = new ArrayList<>(segments.subList(0, i));
                left.add(m.group(1));
                List<String> right = new ArrayList<>();
                right.add(m.group(2));
                right.addAll(segments.subList(i + 1, segments.size()));
                String a = String.join(", ", left);
                String b = String.join(", ", right);
                doubts.add("read as two titles joined by \"and\": \"" + a + "\" and \"" + b + "\"");
                return List.of(a, b);
            }
        }
        return List.of(String.join(", ", segments));
    }

    /** "MPI and MPI Europe" is two organizations when both halves are known ones. */
    private List<String> splitKnownPair(String name) {
        String[] slashed = name.split("\\s*/\\s*");
        if (slashed.length == 2 && java.util.Arrays.stream(slashed).allMatch(p -> organizations.isExactlyKnown(p) || readsLikeOrganization(p))) {
            return List.of(slashed[0].strip(), slashed[1].strip());
        }
        int at = name.indexOf(" and ");
        while (at > 0) {
            String a = name.substring(0, at).strip();
            String b = name.substring(at + 5).strip();
            if (organizations.isExactlyKnown(a) && organizations.isExactlyKnown(b)) {
                return List.of(a, b);
            }
            at = name.indexOf(" and ", at + 1);
        }
        return List.of(name);
    }

    private record OrgPart(String name, String country) {}

    /** "WELDO (Pakistan)" states a country; "(Fedasil)" is an acronym and stays; anything else is an aside. */
    private static OrgPart splitParenthetical(String orgText, String country, List<String> asides) {
        int open = Parentheses.trailingStart(orgText);
        if (open <= 0) {
            return new OrgPart(orgText, country);
        }
        String inside = orgText.substring(open + 1).replaceFirst("\\)$", "").strip();
        String before = orgText.substring(0, open).strip();
        Optional<String> c = Countries.named(inside);
        if (c.isPresent()) {
            return new OrgPart(before, country != null ? country : c.get());
        }
        if (looksLikeAcronym(inside)) {
            return new OrgPart(orgText, country);
        }
        // "(A project of the Federation of Protestant Churches in Italy (FCEI)" leaves its inner parenthesis open.
        asides.add(inside.chars().filter(ch -> ch == '(').count() > inside.chars().filter(ch -> ch == ')').count() ? inside + ")" : inside);
        return new OrgPart(before, country);
    }

    private Post post(String title, String organization, String country) {
        String id = organization == null ? null : organizations.idOf(organization, country).orElse(null);
        if (id == null && organization != null && organization.contains(", ")) {
            List<String> units = Parentheses.splitOutside(organization, ',');
            for (int k = units.size() - 1; k >= 0 && id == null; k--) {
                id = organizations.idOf(units.get(k).strip(), country).orElse(null);
            }
        }
        return new Post(title == null ? null : title.strip(), organization == null ? null : organization.strip(), id, country);
    }

    /** "BMZ", "Fedasil", "MPI Europe", "IMI/OSF": short, capitalized, no sentence. */
    private static boolean looksLikeAcronym(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length > 3) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
