package org.migkg.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One event as its source page states it; the shape is fixed by {@code data/schema/event.schema.json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"$schema", "id", "title", "subtitle", "eventType", "statedType", "start", "end", "statedTimes",
        "attendance", "venue", "location", "description", "url", "language", "organizers", "partners", "funders",
        "partOf", "participants", "gcmObjectives", "themes", "geographicScope", "topics", "sdgs", "sdgTargets",
        "hubFacets", "source", "review"})
public record EventRecord(
        @JsonProperty("$schema") String schema,
        String id,
        String title,
        String subtitle,
        String eventType,
        String statedType,
        String start,
        String end,
        List<String> statedTimes,
        String attendance,
        String venue,
        String location,
        List<String> description,
        String url,
        String language,
        List<String> organizers,
        List<String> partners,
        List<String> funders,
        List<PartOf> partOf,
        List<Participant> participants,
        List<Integer> gcmObjectives,
        List<String> themes,
        List<String> geographicScope,
        List<String> topics,
        List<String> sdgs,
        List<String> sdgTargets,
        HubFacets hubFacets,
        Source source,
        List<ReviewItem> review) {

    public EventRecord {
        statedTimes = ImmutableLists.orEmpty(statedTimes);
        description = ImmutableLists.orEmpty(description);
        organizers = ImmutableLists.orEmpty(organizers);
        partners = ImmutableLists.orEmpty(partners);
        funders = ImmutableLists.orEmpty(funders);
        partOf = ImmutableLists.orEmpty(partOf);
        participants = ImmutableLists.orEmpty(participants);
        gcmObjectives = ImmutableLists.orEmpty(gcmObjectives);
        themes = ImmutableLists.orEmpty(themes);
        geographicScope = ImmutableLists.orEmpty(geographicScope);
        topics = ImmutableLists.orEmpty(topics);
        sdgs = ImmutableLists.orEmpty(sdgs);
        sdgTargets = ImmutableLists.orEmpty(sdgTargets);
        review = ImmutableLists.orEmpty(review);
    }

    public EventRecord withId(String newId) {
        return new EventRecord(schema, newId, title, subtitle, eventType, statedType, start, end, statedTimes, attendance,
                venue, location, description, url, language, organizers, partners, funders, partOf, participants,
                gcmObjectives, themes, geographicScope, topics, sdgs, sdgTargets, hubFacets, source, review);
    }

    public EventRecord withReview(List<ReviewItem> newReview) {
        return new EventRecord(schema, id, title, subtitle, eventType, statedType, start, end, statedTimes, attendance,
                venue, location, description, url, language, organizers, partners, funders, partOf, participants,
                gcmObjectives, themes, geographicScope, topics, sdgs, sdgTargets, hubFacets, source, newReview);
    }

    /** A series, partnership, conference or initiative the event belongs to. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record PartOf(String id, String name, String kind, String statement, List<String> organizers, List<String> funders) {
        public PartOf {
            organizers = ImmutableLists.orEmpty(organizers);
            funders = ImmutableLists.orEmpty(funders);
        }
    }

    /** A named participant, in page order. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "honorific", "person", "role", "roleBasis", "session", "statedPosition", "posts", "note"})
    public record Participant(String name, String honorific, String person, String role, String roleBasis, String session,
                              String statedPosition, List<Post> posts, String note) {
        public Participant {
            posts = ImmutableLists.orEmpty(posts);
        }
    }

    /** One post parsed out of a stated position; a position that names only an organization gives a post without title. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"title", "organization", "organizationId", "country"})
    public record Post(String title, String organization, String organizationId, String country) {}

    /** Facets of a UN Network on Migration hub listing that carry a value. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record HubFacets(String typeOfEvent, String eventCategory, List<String> targetAudience,
                            String workstreamOutput, String regionalReviewProcess) {
        public HubFacets {
            targetAudience = ImmutableLists.orEmpty(targetAudience);
        }
    }

    /** Where the record's facts come from. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"url", "title", "document", "retrieved", "publisher", "truncated"})
    public record Source(String url, String title, String document, String retrieved, String publisher, Boolean truncated) {}

    /** A field an importer or editor is not sure of. */
    public record ReviewItem(String field, String reason) {}
}
