package org.migkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms MigKG uses (https scheme, as schema.org recommends for new data). */
public final class SchemaOrg {
    private SchemaOrg() {}

    public static final String NS = "https://schema.org/";

    public static final Resource Event = r("Event");
    public static final Resource EventSeries = r("EventSeries");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Project = r("Project");
    public static final Resource OnlineEventAttendanceMode = r("OnlineEventAttendanceMode");
    public static final Resource OfflineEventAttendanceMode = r("OfflineEventAttendanceMode");
    public static final Resource MixedEventAttendanceMode = r("MixedEventAttendanceMode");

    public static final Property name = p("name");
    public static final Property alternateName = p("alternateName");
    public static final Property description = p("description");
    public static final Property url = p("url");
    public static final Property startDate = p("startDate");
    public static final Property endDate = p("endDate");
    public static final Property eventAttendanceMode = p("eventAttendanceMode");
    public static final Property location = p("location");
    public static final Property inLanguage = p("inLanguage");
    public static final Property organizer = p("organizer");
    public static final Property funder = p("funder");
    public static final Property member = p("member");
    public static final Property performer = p("performer");
    public static final Property superEvent = p("superEvent");
    public static final Property keywords = p("keywords");
    public static final Property parentOrganization = p("parentOrganization");

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
