package org.migkg.link;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.migkg.records.Organization;

/**
 * What linking decided, for the mapper to write: one person per real person, every post's organization (and the
 * retired organization id a post was published under, to redirect its old IRI), new organizations found in stated
 * positions, which records describe one event, ranked event relations with their reasons, co-speakers; and, for the
 * load to keep, the register with what this link minted.
 */
public record Linked(
        Map<Mention, String> personOf,
        Map<String, Person> people,
        Map<PostRef, String> organizationOfPost,
        Map<PostRef, String> retiredOrganizationOfPost,
        List<Organization> organizations,
        List<String> unreviewedOrganizations,
        EventIdentity events,
        List<EventRelation> relations,
        List<CoSpeaking> coSpeakers,
        List<UncertainPair> uncertain,
        RegisterUpdate register) {

    /** The same decisions, reporting {@code update} as what this link minted. */
    public Linked withRegister(RegisterUpdate update) {
        return new Linked(personOf, people, organizationOfPost, retiredOrganizationOfPost, organizations,
                unreviewedOrganizations, events, relations, coSpeakers, uncertain, update);
    }

    /** A person and every name and mention that resolved to them. */
    public record Person(String id, String name, SortedSet<String> alternateNames, List<Mention> mentions,
                         List<String> replaces, List<Evidence> evidence) {}

    /** Why mentions were judged one person: the rule, its score, the mentions it joined. */
    public record Evidence(String rule, BigDecimal score, List<Mention> mentions, String detail) {}

    /** A pair of mentions that might be one person; not merged, listed for review with the reason it was not. */
    public record UncertainPair(Mention a, Mention b, String nameA, String nameB, BigDecimal score, String why) {}

    /** Two events related by a score that is the sum of its reasons' weights; {@code eventA < eventB}. */
    public record EventRelation(String eventA, String eventB, BigDecimal score, List<Reason> reasons) {}

    /** One part of a relation's score: the kind of evidence, its weight, the shared things. */
    public record Reason(String type, BigDecimal weight, List<EntityRef> shared, String explanation) {}

    /** Two people who shared a panel, and where; {@code personA < personB}. */
    public record CoSpeaking(String personA, String personB, List<String> events) {}

    /** A thing two events share, named by kind and key; the mapper turns it into an IRI. */
    public record EntityRef(Kind kind, String key) {
        public enum Kind { PERSON, ORGANIZATION, SERIES, OBJECTIVE, THEME }
    }
}
