package org.migkg.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pages that are not about an event: a person's biography or staff page, a list of publications. They say so in
 * their address ("/staff/", "/publications") and in their words ("Prior to joining", "This report explores"), and
 * show none of an event's marks (a role label, a person's line with a position, an event word with a date).
 */
final class PageKind {
    private PageKind() {}

    private static final Pattern BIO_ADDRESS = Pattern.compile("/(?:staff|people|person|team|experts?|biograph(?:y|ies)|bio|authors?|profile)/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIO_WORDS = Pattern.compile(
            "\\b(?:Experts & Staff|Prior to joining|Before joining|(?:s?he|they) (?:joined|specializes|specialises|holds a)|Biography|Biografie|Lebenslauf)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLICATION_ADDRESS = Pattern.compile("/(?:publications?|reports?|research|taxonomy|policy-briefs?|commentar(?:y|ies)|articles?)/",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLICATION_WORDS = Pattern.compile(
            "\\b(?:this|the|a new) (?:[\\p{L}-]+ ){0,3}(?:report|policy brief|brief|commentary|article|book|study|paper|fact sheet|issue brief) (?:explores|examines|analy[sz]es|assesses|looks at|reviews|offers|discusses|argues|finds|maps)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_WORDS = Pattern.compile(
            "\\b(?:webinars?|conferences?|workshops?|seminars?|round ?tables?|briefings?|panel discussions?|dialogues?|meetings?|forums?|summits?|"
                    + "side events?|this event|the event|register|registration|veranstaltung|tagung|fachtagung|konferenz|pressegespräch|"
                    + "podiumsdiskussion|gespräch|roundtable|anmeldung|table ronde|rencontre|colloque|conférence|séminaire|webinaire|inscription|"
                    + "will take place|took place|findet .{0,40} statt|aura lieu)\\b", Pattern.CASE_INSENSITIVE);

    /** Why the page is not an event, or empty when it may be one. */
    static Optional<String> notAnEvent(SavedPage page, List<String> lines) {
        String url = page.url() == null ? "" : page.url();
        String text = String.join("\n", lines);
        boolean bio = BIO_ADDRESS.matcher(url).find() || BIO_WORDS.matcher(text).find();
        long publications = PUBLICATION_WORDS.matcher(text).results().count();
        boolean publicationList = publications >= 1 && (PUBLICATION_ADDRESS.matcher(url).find() || publications >= 2);
        if (!bio && !publicationList) {
            return Optional.empty();
        }
        long eventWords = EVENT_WORDS.matcher(text).results().count();
        boolean labelled = lines.stream().anyMatch(l -> RoleLabel.of(l).isPresent());
        if (labelled || eventWords >= 3) {
            return Optional.empty();
        }
        return Optional.of(bio
                ? "not an event: the page is a person's biography or staff page (" + (BIO_ADDRESS.matcher(url).find() ? "its address" : "its wording") + " says so, and it names no event)"
                : "not an event: the page lists publications (reports, briefs, commentaries), and names no event");
    }
}
