package org.migkg.rdf;

import java.nio.charset.StandardCharsets;
import org.migkg.link.EventIdentity;
import org.migkg.link.Linked;
import org.migkg.link.Mention;
import org.migkg.link.PostRef;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/**
 * A record graph's content signature: a hash of everything the graph is made from, so equal signatures mean equal
 * graphs and a load rewrites only the record graphs whose signature changed.
 */
public final class ContentSignature {
    /** Bump when the mapping of a record changes, so stores loaded by an older version rewrite every record graph. */
    static final String MAPPING_VERSION = "3";

    private final Iris iris;
    private final Linked linked;

    public ContentSignature(Iris iris, Linked linked) {
        this.iris = iris;
        this.linked = linked;
    }

    /**
     * The file (its name inside the data directory, and its bytes), the people and organizations linking chose for its
     * mentions and posts, the base IRI and the mapping version; and when the record is one of several of an event (or
     * no longer names it), the event, the facts it states for it and the participation of each of its mentions.
     */
    public String of(SourceRecord source) {
        StringBuilder sb = new StringBuilder(MAPPING_VERSION).append('\n').append(iris.base()).append('\n')
                .append(source.name()).append('\n').append(source.sha256());
        EventRecord e = source.event();
        for (int i = 0; i < e.participants().size(); i++) {
            Mention mention = new Mention(e.id(), i + 1);
            sb.append('\n').append(linked.personOf().get(mention));
            for (int j = 0; j < e.participants().get(i).posts().size(); j++) {
                sb.append(' ').append(linked.organizationOfPost().get(new PostRef(mention, j)));
            }
        }
        EventIdentity.Event event = linked.events().eventOf(e.id());
        if (!event.plain()) {
            sb.append("\nevent ").append(event.id()).append(' ').append(EventStatements.factsStated(event, e.id()));
            for (int i = 0; i < e.participants().size(); i++) {
                EventIdentity.Participation p = linked.events().participationOf().get(new Mention(e.id(), i + 1));
                sb.append('\n').append(p.first()).append(' ').append(p.order());
            }
        }
        return DataReader.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
