package org.migkg.rdf;

import java.util.Objects;

/**
 * Mints every instance IRI from one configurable base, so IRIs are readable, stable and independent of where the
 * server runs: {@code <base>id/event/<id>}, {@code <base>id/person/<slug>}, {@code <base>id/org/<id>}, and one named
 * graph per record under {@code <base>graph/}. Vocabulary IRIs (ontology, GCM schemes, roles) are fixed: see {@link MK}.
 */
public record Iris(String base) {
    public static final String DEFAULT_BASE = MK.VOCAB;
    public static final Iris DEFAULT = new Iris(DEFAULT_BASE);

    public Iris {
        Objects.requireNonNull(base, "base");
        if (!base.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI ending in '/': " + base);
        }
    }

    public String event(String eventId) {
        return base + "id/event/" + eventId;
    }

    /** The participation at position {@code order} (from 1) in the event's participant list. */
    public String participation(String eventId, int order) {
        return event(eventId) + "/participant/" + order;
    }

    public String person(String slug) {
        return base + "id/person/" + slug;
    }

    public String organization(String orgId) {
        return base + "id/org/" + orgId;
    }

    /** A post is a position in one organization (or a free-standing one), shared by whoever holds it. */
    public String post(String orgIdOrNull, String titleSlug) {
        return base + "id/post/" + (orgIdOrNull == null ? "" : orgIdOrNull + "/") + titleSlug;
    }

    public String series(String seriesId) {
        return base + "id/series/" + seriesId;
    }

    public String relation(String eventA, String eventB) {
        return base + "id/relation/" + eventA + "--" + eventB;
    }

    public String coSpeaking(String personA, String personB) {
        return base + "id/co-speaking/" + personA + "--" + personB;
    }

    /**
     * The co-speaking pair of two people given by their IRIs, in either order (the pair's IRI names the two ids in
     * order), or empty when either is not a person IRI of this base.
     */
    public java.util.Optional<String> coSpeakingOfPeople(String personIriA, String personIriB) {
        String prefix = person("");
        if (!personIriA.startsWith(prefix) || !personIriB.startsWith(prefix) || personIriA.equals(personIriB)) {
            return java.util.Optional.empty();
        }
        String a = personIriA.substring(prefix.length());
        String b = personIriB.substring(prefix.length());
        return java.util.Optional.of(a.compareTo(b) < 0 ? coSpeaking(a, b) : coSpeaking(b, a));
    }

    public String eventGraph(String eventId) {
        return base + "graph/event/" + eventId;
    }

    public String organizationsGraph() {
        return base + "graph/organizations";
    }

    public String peopleGraph() {
        return base + "graph/people";
    }

    public String linksGraph() {
        return base + "graph/links";
    }

    public String vocabularyGraph() {
        return base + "graph/vocabulary";
    }

    /** Counts recomputed at every load (events per person, organization, objective and year), for queries that sort by them. */
    public String countsGraph() {
        return base + "graph/counts";
    }

    public String yearCount(int year) {
        return base + "id/count/year/" + year;
    }

    public String objectiveYearCount(int year, int objective) {
        return yearCount(year) + "/objective/" + objective;
    }

    /**
     * The count of the events at which a person held a post in an organization, given by their IRIs, or empty when
     * either is not an IRI this base mints for people and organizations.
     */
    public java.util.Optional<String> personOrganizationCount(String personIri, String organizationIri) {
        String people = person("");
        String orgs = organization("");
        if (!personIri.startsWith(people) || !organizationIri.startsWith(orgs)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(base + "id/count/person/" + personIri.substring(people.length()) + "/org/"
                + organizationIri.substring(orgs.length()));
    }

    /** Load times and other facts that change with each load; kept apart so content dumps stay deterministic. */
    public String loadsGraph() {
        return base + "graph/loads";
    }

    public String dataset() {
        return base + "dataset";
    }

    public static String objective(int number) {
        return MK.GCM_OBJECTIVE + number;
    }

    public static String principle(String slug) {
        return MK.GCM_PRINCIPLE + slug;
    }

    public static String role(String slug) {
        return MK.ROLE + slug;
    }

    public static String eventType(String slug) {
        return MK.EVENT_TYPE + slug;
    }

    public static String sdgGoal(String goal) {
        return MK.SDG + goal;
    }

    public static String sdgTarget(String target) {
        return MK.SDG + target;
    }
}
