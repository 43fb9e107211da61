package org.migkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.migkg.link.Linked;
import org.migkg.link.Linker;
import org.migkg.link.Mention;
import org.migkg.link.ReviewQueue;
import org.migkg.records.Corpus;
import org.migkg.records.CuratedDecisions;
import org.migkg.records.DataLayout;
import org.migkg.records.DataReader;
import org.migkg.records.Organization;
import org.migkg.records.SourceRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code review}: every open question of the data, most consequential first, and the commands that close them. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"List every open question (people who might be one, records that might describe one event, organizations not yet"
                + " in the catalogue, open review items of records), most consequential first, each with its evidence and the command that"
                + " closes it; --json gives the same list for a tool.",
                "The subcommands write a curator's decision to the data directory; `load` then applies it."},
        subcommands = {ReviewCommand.Same.class, ReviewCommand.Different.class, ReviewCommand.SameEvent.class,
                ReviewCommand.DifferentEvents.class, ReviewCommand.Confirm.class, ReviewCommand.ConfirmOrganization.class})
final class ReviewCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "Show only the first N questions (default: all).")
    int limit;

    @Option(names = "--json", description = "Print the questions as JSON (data/schema/review-queue.schema.json) instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record State(Corpus corpus, Linked linked) {
        static State of(Path data) {
            Corpus corpus = new DataReader(Path.of("")).read(DataLayout.of(List.of(data), data));
            return new State(corpus, new Linker().link(corpus));
        }

        Mention mention(String text, CommandLine cl) {
            if (!text.matches("[a-z0-9]+(-[a-z0-9]+)*#[1-9][0-9]{0,5}")) {
                throw new CommandLine.ParameterException(cl, "'" + text + "' is not a mention: write EVENT-ID#N (N counts the event's participants from 1)");
            }
            Mention m = Mention.parse(text);
            if (!linked.personOf().containsKey(m)) {
                throw new UserError("no participant " + text + " in the data: see `migkg review` for the mentions in question");
            }
            return m;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        State state = State.of(data);
        List<ReviewQueue.Question> questions = ReviewQueue.of(state.corpus(), state.linked());
        if (json) {
            out.println(ReviewQueueJson.write(limit > 0 ? questions.subList(0, Math.min(limit, questions.size())) : questions));
            out.flush();
            return 0;
        }
        if (questions.isEmpty()) {
            out.println("No open question: every identity is settled and no record has an open review item.");
            return 0;
        }
        int shown = limit > 0 ? Math.min(limit, questions.size()) : questions.size();
        out.printf("%d open question(s), most consequential first%s:%n%n", questions.size(), shown < questions.size() ? " (first " + shown + ")" : "");
        for (int i = 0; i < shown; i++) {
            ReviewQueue.Question q = questions.get(i);
            out.printf("%d. [%s, weight %d] %s%n", i + 1, q.kind().name().toLowerCase(java.util.Locale.ROOT), q.weight(), q.summary());
            q.evidence().forEach(e -> out.println("   evidence: " + e));
            q.closedBy().forEach(c -> out.println("   close: " + c));
        }
        out.flush();
        return 0;
    }

    private static void written(PrintWriter out, Path file, String what) {
        out.printf("%s: decision written to %s; run `migkg load` to apply it%n", what, file);
        out.flush();
    }

    /** What every subcommand does: read and link the data, then write one decision to it. */
    abstract static class Decision implements Callable<Integer> {
        @CommandLine.ParentCommand
        ReviewCommand parent;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() {
            decide(State.of(parent.data), new CuratedDecisions(parent.data), spec.commandLine().getOut());
            return 0;
        }

        abstract void decide(State state, CuratedDecisions decisions, PrintWriter out);
    }

    /** What `same` and `different` share: two mentions of the data, and a note for the next curator. */
    abstract static class PairDecision extends Decision {
        @Parameters(arity = "2", paramLabel = "MENTION", description = "EVENT-ID#N, as `migkg review` lists them.")
        List<String> mentions;

        @Option(names = "--note", description = "Why: what a later curator should know.")
        String note;

        @Override
        final void decide(State state, CuratedDecisions decisions, PrintWriter out) {
            Mention a = state.mention(mentions.get(0), spec.commandLine());
            Mention b = state.mention(mentions.get(1), spec.commandLine());
            decide(state, a, b, decisions, out);
        }

        abstract void decide(State state, Mention a, Mention b, CuratedDecisions decisions, PrintWriter out);
    }

    @Command(name = "same", mixinStandardHelpOptions = true,
            description = "Two mentions are one person: written to aliases.json (samePerson); a second published id is retired into the first and its IRI redirects.")
    static final class Same extends PairDecision {
        @Override
        void decide(State state, Mention a, Mention b, CuratedDecisions decisions, PrintWriter out) {
            String keep = state.linked().personOf().get(a);
            String other = state.linked().personOf().get(b);
            List<String> retired = other.equals(keep) ? List.of() : List.of(other);
            Path file = decisions.samePerson(keep, List.of(a.toString(), b.toString()), retired, note);
            if (!retired.isEmpty()) {
                out.printf("%s and %s will be one person, %s; %s redirects to it once loaded.%n", a, b, keep, other);
            }
            written(out, file, "same person");
        }
    }

    @Command(name = "different", mixinStandardHelpOptions = true, description = "Two mentions are different people: written to aliases.json (differentPeople).")
    static final class Different extends PairDecision {
        @Override
        void decide(State state, Mention a, Mention b, CuratedDecisions decisions, PrintWriter out) {
            written(out, decisions.differentPeople(List.of(a.toString(), b.toString()), note), "different people");
        }
    }

    /** What `same-event` and `different-events` share: records of the data, and a note for the next curator. */
    abstract static class RecordsDecision extends Decision {
        @Parameters(arity = "2..*", paramLabel = "RECORD", description = "Record ids, as `migkg review` lists them.")
        List<String> records;

        @Option(names = "--note", description = "Why: what a later curator should know.")
        String note;

        @Override
        final void decide(State state, CuratedDecisions decisions, PrintWriter out) {
            List<String> events = new ArrayList<>();
            for (String r : records) {
                String e = state.linked().events().eventOfRecord().get(r);
                if (e == null) {
                    throw new UserError("no record " + r + " in " + parent.data);
                }
                events.add(e);
            }
            decide(state, events, decisions, out);
        }

        /** {@code events}: the event each of the records belongs to now, in the order given. */
        abstract void decide(State state, List<String> events, CuratedDecisions decisions, PrintWriter out);
    }

    @Command(name = "same-event", mixinStandardHelpOptions = true,
            description = "Records describe one event: written to aliases.json (sameEvent) with the id the event keeps; the other records'"
                    + " event IRIs redirect to it once loaded.")
    static final class SameEvent extends RecordsDecision {
        @Option(names = "--event", paramLabel = "ID", description = "The id the event keeps (default: the first of the events' ids by id).")
        String event;

        @Override
        void decide(State state, List<String> events, CuratedDecisions decisions, PrintWriter out) {
            String keep = event != null ? event : events.stream().sorted().findFirst().orElseThrow();
            List<String> all = new ArrayList<>();
            for (String e : events) {
                state.linked().events().events().get(e).records().stream().filter(x -> !all.contains(x)).forEach(all::add);
            }
            if (!all.contains(keep) && state.linked().events().eventOfRecord().containsKey(keep)) {
                throw new UserError("--event " + keep + " is the id of a record that is not one of these events");
            }
            out.printf("%s will be one event, %s%n", String.join(", ", all), keep);
            written(out, decisions.sameEvent(keep, all, note), "same event");
        }
    }

    @Command(name = "different-events", mixinStandardHelpOptions = true,
            description = "Records describe different events, however alike they look: written to aliases.json (differentEvents).")
    static final class DifferentEvents extends RecordsDecision {
        @Override
        void decide(State state, List<String> events, CuratedDecisions decisions, PrintWriter out) {
            written(out, decisions.differentEvents(records, note), "different events");
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "A record's field has been checked against its page: its open review items on that field are removed.")
    static final class Confirm extends Decision {
        @Parameters(index = "0", paramLabel = "EVENT-ID")
        String event;

        @Parameters(index = "1", paramLabel = "FIELD", description = "The JSON Pointer the review item names, e.g. /start.")
        String field;

        @Override
        void decide(State state, CuratedDecisions decisions, PrintWriter out) {
            Optional<SourceRecord> record = state.corpus().events().stream().filter(r -> r.event().id().equals(event)).findFirst();
            if (record.isEmpty()) {
                throw new UserError("no record with the id " + event + " in " + parent.data);
            }
            try {
                written(out, decisions.confirmField(record.get().file(), field), "confirmed " + field);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    @Command(name = "confirm-organization", mixinStandardHelpOptions = true,
            description = "An organization found in stated positions is real: it is added to organizations.json under the id it was published with.")
    static final class ConfirmOrganization extends Decision {
        @Parameters(paramLabel = "ID", description = "The id `migkg review` lists.")
        String id;

        @Option(names = "--kind", required = true, description = "international-organization, un-entity, government, ngo, think-tank, research, university, foundation, company, network or other.")
        String kind;

        @Override
        void decide(State state, CuratedDecisions decisions, PrintWriter out) {
            if (!state.linked().unreviewedOrganizations().contains(id)) {
                throw new UserError("'" + id + "' is not an unreviewed organization: see `migkg review`");
            }
            Organization o = state.linked().organizations().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            try {
                written(out, decisions.confirmOrganization(id, o.name(), kind, o.otherNames()), "organization " + id);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }
}
