package org.migkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.migkg.serve.reconcile.ReconcileServlet;
import org.migkg.store.StoreReader;

/**
 * The linked data beside the endpoint, as a Fuseki module: dereferenceable IRIs, the dataset description, the dumps,
 * the JSON-LD context, the search, OpenAPI and reconciliation APIs, the sitemap and robots.txt, and the endpoint's own
 * service description.
 */
final class LinkedDataModule implements FusekiModule {
    private final StoreReader store;
    private final HtmlView htmlView;
    private final Publication publication;
    private final long entityCacheBytes;

    LinkedDataModule(StoreReader store, HtmlView htmlView, Publication publication, long entityCacheBytes) {
        this.store = store;
        this.htmlView = htmlView;
        this.publication = publication;
        this.entityCacheBytes = entityCacheBytes;
    }

    @Override
    public String name() {
        return "MigKG linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder b, Set<String> datasetNames, Model configModel) {
        RdfResponses responses = new RdfResponses(store, htmlView, publication);
        EntityServlet entities = new EntityServlet(store, responses, new RenderCache(entityCacheBytes));
        EntityServlet.PATHS.forEach(p -> b.addServlet(p, entities));
        DatasetServlet dataset = new DatasetServlet(store, publication, responses);
        DatasetServlet.mounts().forEach(p -> b.addServlet(p, dataset));
        b.addServlet(DumpServlet.PATH, new DumpServlet(store, publication));
        b.addServlet(ContextServlet.PATH, new ContextServlet());
        b.addServlet(SearchApiServlet.PATH, new SearchApiServlet(store));
        b.addServlet(OpenApiServlet.PATH, new OpenApiServlet());
        b.addServlet(ReconcileServlet.PATH_SPEC, new ReconcileServlet(store));
        b.addServlet(SitemapServlet.PATH, new SitemapServlet(store));
        b.addServlet(RobotsServlet.PATH, new RobotsServlet());
        ServiceDescriptionFilter description = new ServiceDescriptionFilter(store);
        ServiceDescriptionFilter.PATHS.forEach(p -> b.addFilter(p, description));
    }
}
