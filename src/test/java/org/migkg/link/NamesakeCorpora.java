package org.migkg.link;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.SourceRecord;

/**
 * Small corpora made to move ids: few names, each shared by two people at unrelated organizations, written with
 * initials, swapped order, honorifics and capitals, at organizations written several ways (one of them missing from the
 * catalogue, so it gets an unreviewed id), on dates in any order.
 */
public final class NamesakeCorpora {
    /** One real person: the name's parts and the ways their organization is written. */
    record Someone(String given, String surname, List<String> organizations) {}

    static final List<Someone> PEOPLE = List.of(
            new Someone("Camille", "Le Coz", List.of("Migration Policy Institute", "MPI Europe", "MPI")),
            new Someone("Camille", "Le Coz", List.of("Fedasil", "Federal Agency for the Reception of Asylum Seekers")),
            new Someone("Sijal", "Aziz", List.of("WELDO", "Women Empowerment Literacy and Development Organization")),
            new Someone("Sara", "Aziz", List.of("IOM")),
            new Someone("Maria", "Garcia", List.of("GIZ")),
            new Someone("Maria", "Garcia", List.of("Acme Relief Network (ARN)", "ARN", "Acme Relief Network")),
            new Someone("Nassim", "Majidi", List.of("Samuel Hall")),
            new Someone("Jan", "Peeters", List.of("Peeters Consulting")));

    /** One participant as generated: who, how the name is written (0 to 4), which organization form, if any. */
    public record Participant(int person, int nameStyle, int organization) {}

    public record Event(String id, String start, List<Participant> participants) {
        /** The record as a file holds it. */
        public ObjectNode json() {
            ObjectNode e = DataReader.JSON.createObjectNode().put("id", id).put("title", "Event " + id)
                    .put("eventType", "webinar").put("start", start);
            ArrayNode list = e.putArray("participants");
            for (Participant p : participants) {
                Someone who = PEOPLE.get(p.person());
                ObjectNode node = list.addObject().put("name", written(who, p.nameStyle())).put("role", "speaker");
                if (p.organization() >= 0) {
                    String org = who.organizations().get(p.organization() % who.organizations().size());
                    node.putArray("posts").addObject().put("title", "Director").put("organization", org);
                }
            }
            e.putObject("source").put("document", "test/" + id);
            return e;
        }

        public SourceRecord source() {
            return new SourceRecord(Path.of(id + ".json"), id, DataReader.JSON.convertValue(json(), EventRecord.class));
        }
    }

    private record Draft(String start, List<Participant> participants) {}

    private NamesakeCorpora() {}

    static String written(Someone who, int style) {
        return switch (style) {
            case 1 -> who.given().charAt(0) + ". " + who.surname();
            case 2 -> who.surname() + ", " + who.given();
            case 3 -> "Dr. " + who.given() + " " + who.surname();
            case 4 -> (who.given() + " " + who.surname()).toUpperCase(Locale.ROOT);
            default -> who.given() + " " + who.surname();
        };
    }

    /** Events with distinct ids ev-1, ev-2, ..., in the order they are to be loaded. */
    public static Arbitrary<List<Event>> events(int min, int max) {
        Arbitrary<Participant> participant = Combinators.combine(
                Arbitraries.integers().between(0, PEOPLE.size() - 1),
                Arbitraries.integers().between(0, 6).map(s -> s > 4 ? 0 : s),
                Arbitraries.integers().between(-1, 3)).as(Participant::new);
        Arbitrary<List<Participant>> panel = participant.list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements(Participant::person);
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1995, 2025),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return Combinators.combine(date, panel).as(Draft::new).list().ofMinSize(min).ofMaxSize(max)
                .map(drafts -> IntStream.range(0, drafts.size())
                        .mapToObj(i -> new Event("ev-" + (i + 1), drafts.get(i).start(), drafts.get(i).participants())).toList());
    }
}
