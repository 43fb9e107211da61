package org.migkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.migkg.link.RegisterUpdate;
import org.migkg.records.Problem;
import org.migkg.store.DumpWriter;
import org.migkg.pipeline.Loader;

/** How commands tell people what happened. */
final class Reports {
    private static final int NAMED_ORGANIZATIONS = 10;

    private Reports() {}

    static void printLoad(Loader.LoadReport r, Path store, PrintWriter out, PrintWriter err) {
        for (Problem w : r.warnings()) {
            err.println("warning: " + w);
        }
        out.printf("Loaded %d record(s) into %s in %d ms (%s)%s%n", r.recordsWritten(), store, r.took().toMillis(),
                String.join(", ", r.phases().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toMillis()).toList()),
                r.recordsRemoved().isEmpty() ? "" : "; removed " + r.recordsRemoved().size() + ": " + String.join(", ", r.recordsRemoved()));
        out.printf("Store now holds %d events, %d people, %d organizations, %d triples%n",
                r.stats().events(), r.stats().people(), r.stats().organizations(), r.stats().triples());
        RegisterUpdate register = r.linked().register();
        if (register.changed() && r.registerWritten()) {
            out.printf("Register %s: %d new person id(s), %d new organization id(s); %d mention(s) and %d written form(s) added%n",
                    r.registerFile(), register.newPeople(), register.newOrganizations(), register.newMentions(), register.newForms());
        } else if (register.changed()) {
            err.printf("warning: %s was not updated: %d new person id(s) and %d new organization id(s) are not kept and may"
                    + " change with later records%n", r.registerFile(), register.newPeople(), register.newOrganizations());
        }
        if (!r.linked().unreviewedOrganizations().isEmpty()) {
            List<String> unreviewed = List.copyOf(r.linked().unreviewedOrganizations());
            // A generated or imported corpus can hold hundreds: name a few, and say where the whole list is.
            String named = unreviewed.size() <= NAMED_ORGANIZATIONS ? String.join(", ", unreviewed)
                    : String.join(", ", unreviewed.subList(0, NAMED_ORGANIZATIONS)) + " and "
                            + (unreviewed.size() - NAMED_ORGANIZATIONS) + " more (`migkg review` lists them all)";
            out.printf("%d organization(s) found in stated positions are unreviewed: %s%n", unreviewed.size(), named);
        }
        if (!r.linked().uncertain().isEmpty()) {
            out.printf("%d pair(s) of mentions might be one person but were not merged; see `migkg link --report FILE`%n",
                    r.linked().uncertain().size());
        }
        long merged = r.linked().events().events().values().stream().filter(e -> e.merged()).count();
        if (merged > 0) {
            out.printf("%d event(s) are described by more than one record, each loaded as one event%n", merged);
        }
        if (!r.linked().events().uncertain().isEmpty()) {
            out.printf("%d pair(s) of records might describe one event but were not merged; see `migkg link --report FILE`%n",
                    r.linked().events().uncertain().size());
        }
        out.flush();
        err.flush();
    }

    static void printDumps(DumpWriter.Report d, Path store, PrintWriter out) {
        if (d.created()) {
            out.printf("Release %s: dumps written to %s in %d ms (%s)%n", d.release().id(),
                    DumpWriter.directory(store).resolve(d.release().id()), d.took().toMillis(),
                    String.join(", ", d.sizes().entrySet().stream().map(e -> e.getKey().file() + " " + e.getValue() + " bytes").toList()));
        } else {
            out.printf("Release %s: the content is that of the latest release, so no new release (%d ms)%n",
                    d.release().id(), d.took().toMillis());
        }
        if (!d.deleted().isEmpty()) {
            out.printf("Deleted the oldest releases: %s%n", String.join(", ", d.deleted()));
        }
        out.flush();
    }
}
