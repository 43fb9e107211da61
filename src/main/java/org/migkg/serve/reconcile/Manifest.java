package org.migkg.serve.reconcile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.migkg.rdf.MK;

/**
 * The service manifest. Entity ids are IRIs after the identifier space ({@code <base>id/}); the view template leads
 * to the entity's page on this server (by way of {@code /reconcile/view?id=}, which redirects to {@code /id/...}).
 * Every URL in it is absolute, made from the root the request came to.
 */
final class Manifest {
    static final int BATCH_SIZE = 50;
    static final int PREVIEW_WIDTH = 400;
    static final int PREVIEW_HEIGHT = 200;

    private Manifest() {}

    /** @param root the server's root URL, ending in '/' */
    static ObjectNode of(String root, String identifierSpace) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.putArray("versions").add("0.1").add("0.2");
        m.put("name", "MigKG: people, organizations and events of migration policy");
        m.put("identifierSpace", identifierSpace);
        m.put("schemaSpace", MK.NS);
        var types = m.putArray("defaultTypes");
        for (ReconType t : ReconType.values()) {
            types.add(t.json());
        }
        m.putObject("view").put("url", root + ReconcileServlet.PATH.substring(1) + "/view?id={{id}}");
        m.putObject("preview").put("url", root + ReconcileServlet.PATH.substring(1) + "/preview?id={{id}}")
                .put("width", PREVIEW_WIDTH).put("height", PREVIEW_HEIGHT);
        ObjectNode suggest = m.putObject("suggest");
        String serviceUrl = root.substring(0, root.length() - 1);
        for (String kind : new String[] {"entity", "type", "property"}) {
            suggest.putObject(kind).put("service_url", serviceUrl).put("service_path", ReconcileServlet.PATH + "/suggest/" + kind);
        }
        m.put("batchSize", BATCH_SIZE);
        return m;
    }
}
