package org.migkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * MigKG's own terms, only for what schema.org, W3C ORG, SKOS, PROV-O and Dublin Core lack. Every term here is
 * declared, labelled and commented in {@code ontology/migkg.ttl}. The vocabulary namespace is fixed, unlike the base
 * of instance IRIs, so the same term means the same thing in every deployment.
 */
public final class MK {
    private MK() {}

    public static final String VOCAB = "https://w3id.org/migkg/";
    public static final String NS = VOCAB + "ontology#";
    public static final String GCM_OBJECTIVE = VOCAB + "gcm/objective/";
    public static final String GCM_OBJECTIVES_SCHEME = VOCAB + "gcm/objectives";
    public static final String GCM_PRINCIPLE = VOCAB + "gcm/principle/";
    public static final String GCM_PRINCIPLES_SCHEME = VOCAB + "gcm/principles";
    public static final String ROLE = VOCAB + "role/";
    public static final String ROLES_SCHEME = VOCAB + "role/scheme";
    public static final String EVENT_TYPE = VOCAB + "event-type/";
    public static final String EVENT_TYPES_SCHEME = VOCAB + "event-type/scheme";
    public static final String SDG = "http://metadata.un.org/sdg/";

    // Classes
    public static final Resource Participation = r("Participation");
    public static final Resource Role = r("Role");
    public static final Resource EventType = r("EventType");
    public static final Resource Partnership = r("Partnership");
    public static final Resource EventRelation = r("EventRelation");
    public static final Resource RelationReason = r("RelationReason");
    public static final Resource CoSpeaking = r("CoSpeaking");
    public static final Resource IdentityEvidence = r("IdentityEvidence");
    public static final Resource RecordGraph = r("RecordGraph");
    public static final Resource SameEventEvidence = r("SameEventEvidence");

    // Event
    public static final Property eventType = p("eventType");
    public static final Property statedType = p("statedType");
    public static final Property statedTime = p("statedTime");
    public static final Property statedVenue = p("statedVenue");
    public static final Property partner = p("partner");
    public static final Property partOf = p("partOf");
    public static final Property membershipStatement = p("membershipStatement");
    public static final Property participation = p("participation");
    public static final Property addressesObjective = p("addressesObjective");
    public static final Property crossCuttingTheme = p("crossCuttingTheme");
    public static final Property geographicScope = p("geographicScope");
    public static final Property sdg = p("sdg");
    public static final Property sdgTarget = p("sdgTarget");
    public static final Property hubTypeOfEvent = p("hubTypeOfEvent");
    public static final Property hubEventCategory = p("hubEventCategory");
    public static final Property hubTargetAudience = p("hubTargetAudience");
    public static final Property hubWorkstreamOutput = p("hubWorkstreamOutput");
    public static final Property hubRegionalReviewProcess = p("hubRegionalReviewProcess");
    public static final Property openReviewItem = p("openReviewItem");

    // Participation
    public static final Property event = p("event");
    public static final Property participant = p("participant");
    public static final Property role = p("role");
    public static final Property order = p("order");
    public static final Property roleBasis = p("roleBasis");
    public static final Property session = p("session");
    public static final Property heldPost = p("heldPost");
    public static final Property statedAffiliation = p("statedAffiliation");
    public static final Property identityUnderReview = p("identityUnderReview");
    public static final Property statedHonorific = p("statedHonorific");
    public static final Property statedPosition = p("statedPosition");
    public static final Property statedName = p("statedName");
    public static final Property statedIn = p("statedIn");
    public static final Property country = p("country");

    // Organizations
    public static final Property unreviewed = p("unreviewed");

    // Provenance of record graphs
    public static final Property recordFile = p("recordFile");
    public static final Property sha256 = p("sha256");
    public static final Property sourceDocument = p("sourceDocument");
    public static final Property retrieved = p("retrieved");
    public static final Property truncatedSource = p("truncatedSource");
    public static final Property recordJson = p("recordJson");
    public static final Property contentSignature = p("contentSignature");

    // Links: related events, co-speakers, identity evidence
    public static final Property relatedEvent = p("relatedEvent");
    public static final Property relates = p("relates");
    public static final Property score = p("score");
    public static final Property reason = p("reason");
    public static final Property reasonType = p("reasonType");
    public static final Property weight = p("weight");
    public static final Property sharedEntity = p("sharedEntity");
    public static final Property coSpeaker = p("coSpeaker");
    public static final Property coSpeakerPerson = p("coSpeakerPerson");
    public static final Property sharedEvent = p("sharedEvent");
    public static final Property identityEvidence = p("identityEvidence");
    public static final Property rule = p("rule");
    public static final Property mention = p("mention");
    public static final Property sameEventEvidence = p("sameEventEvidence");
    public static final Property mergedRecord = p("mergedRecord");
    public static final Property matchReason = p("matchReason");

    // Counts kept at load time, in the counts graph.
    public static final Resource YearCount = r("YearCount");
    public static final Resource ObjectiveYearCount = r("ObjectiveYearCount");
    public static final Property year = p("year");
    public static final Property countedObjective = p("countedObjective");
    public static final Resource PersonOrganizationCount = r("PersonOrganizationCount");
    public static final Property countedPerson = p("countedPerson");
    public static final Property countedOrganization = p("countedOrganization");
    public static final Property eventCount = p("eventCount");
    public static final Property moderatedEventCount = p("moderatedEventCount");
    public static final Property organizedEventCount = p("organizedEventCount");
    public static final Property partneredEventCount = p("partneredEventCount");
    public static final Property fundedEventCount = p("fundedEventCount");
    public static final Property postEventCount = p("postEventCount");
    public static final Property postHolderCount = p("postHolderCount");

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
