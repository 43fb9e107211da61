package org.migkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.migkg.records.Aliases;
import org.migkg.records.Corpus;
import org.migkg.records.DataReader;
import org.migkg.records.EventRecord;
import org.migkg.records.Register;
import org.migkg.records.RegisterFile;
import org.migkg.records.SourceRecord;

/**
 * Corpora full of namesakes, linked in random increments with the register each link leaves (written to a file and
 * read back, as a load does): every person id published by an earlier link still holds every mention it held, or,
 * after a curator merged it away, answers through {@code owl:sameAs} from the person who holds them; every written
 * organization keeps its id; and linking the whole corpus again with the final register gives the same ids.
 */
class PublishedIdsPropertyTest {

    @Provide
    Arbitrary<List<NamesakeCorpora.Event>> corpora() {
        return NamesakeCorpora.events(2, 9);
    }

    // Linking the increments without their register (the bug this property was written for) fails within a few tries.
    @Property(tries = 75)
    void publishedIdsKeepTheirMentionsWhateverComesLater(
            @ForAll("corpora") List<NamesakeCorpora.Event> events,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 3) Integer> increments,
            @ForAll @IntRange(min = 0, max = 5) int mergeAt,
            @ForAll @IntRange(min = 0, max = 50) int pickSurvivor,
            @ForAll @IntRange(min = 0, max = 50) int pickRetired) throws IOException {
        List<SourceRecord> loaded = new ArrayList<>();
        Register register = Register.EMPTY;
        Aliases aliases = Aliases.NONE;
        Map<String, Set<Mention>> published = new TreeMap<>();
        Map<String, String> organizationOfForm = new TreeMap<>();
        Set<String> mergedAway = new HashSet<>();
        Linked linked = null;
        int step = 0;
        for (int next = 0; next < events.size(); step++) {
            int count = Math.min(increments.get(step % increments.size()), events.size() - next);
            events.subList(next, next + count).forEach(e -> loaded.add(e.source()));
            next += count;
            if (step == mergeAt && published.size() >= 2) {
                List<String> live = new ArrayList<>(linked.people().keySet());
                String survivor = live.get(pickSurvivor % live.size());
                live.remove(survivor);
                String retired = live.get(pickRetired % live.size());
                aliases = merge(aliases, survivor, linked.people().get(survivor).mentions().get(0), retired);
                mergedAway.add(retired);
            }
            Linked now = new Linker().link(corpus(loaded, aliases, register));
            assertKept(published, mergedAway, now);
            mergedAway.forEach(id -> assertFalse(now.people().containsKey(id), id + " was merged away but is still a person"));
            assertSameOrganizations(organizationOfForm, loaded, now);
            now.people().forEach((id, p) -> published.put(id, new TreeSet<>(p.mentions())));
            register = roundTrip(now.register().register());
            linked = now;
        }

        Statistics.label("curated merge").collect(!mergedAway.isEmpty());
        Linked rebuilt = new Linker().link(corpus(loaded, aliases, register));
        assertEquals(linked.personOf(), rebuilt.personOf(), "a rebuild from the data and the register gives the same person ids");
        assertEquals(linked.organizationOfPost(), rebuilt.organizationOfPost(), "and the same organization ids");
        assertFalse(rebuilt.register().changed(), "and mints nothing");
    }

    private static void assertKept(Map<String, Set<Mention>> published, Set<String> mergedAway, Linked linked) {
        Map<String, String> survivorOf = new TreeMap<>();
        linked.people().values().forEach(p -> p.replaces().forEach(old -> survivorOf.put(old, p.id())));
        published.forEach((id, mentions) -> {
            String holder = linked.people().containsKey(id) ? id : survivorOf.get(id);
            assertNotNull(holder, "published id " + id + " no longer answers");
            assertTrue(holder.equals(id) || mergedAway.contains(id), id + " was retired, but no curator merged it");
            assertTrue(linked.people().get(holder).mentions().containsAll(mentions),
                    id + " held " + mentions + "; now " + holder + " holds " + linked.people().get(holder).mentions());
        });
    }

    private static void assertSameOrganizations(Map<String, String> organizationOfForm, List<SourceRecord> loaded, Linked linked) {
        for (SourceRecord r : loaded) {
            EventRecord e = r.event();
            for (int i = 0; i < e.participants().size(); i++) {
                List<EventRecord.Post> posts = e.participants().get(i).posts();
                for (int j = 0; j < posts.size(); j++) {
                    String id = linked.organizationOfPost().get(new PostRef(new Mention(e.id(), i + 1), j));
                    String before = organizationOfForm.putIfAbsent(posts.get(j).organization(), id);
                    assertTrue(before == null || before.equals(id),
                            "'" + posts.get(j).organization() + "' was " + before + ", now " + id);
                }
            }
        }
    }

    private static Aliases merge(Aliases aliases, String survivor, Mention one, String retired) {
        List<Aliases.SamePerson> same = new ArrayList<>(aliases.samePerson());
        same.add(new Aliases.SamePerson(survivor, List.of(one.toString()), List.of(retired), null));
        return new Aliases(same, aliases.differentPeople());
    }

    static Corpus corpus(List<SourceRecord> events, Aliases aliases, Register register) {
        List<SourceRecord> byId = new ArrayList<>(events);
        byId.sort(Comparator.comparing(r -> r.event().id()));
        return new Corpus(byId, TestCorpus.catalogue(), aliases, register, List.of());
    }

    static Register roundTrip(Register register) throws IOException {
        Path file = Files.createTempFile("register", ".json");
        try {
            RegisterFile.write(file, register);
            return DataReader.JSON.readValue(file.toFile(), Register.class);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
