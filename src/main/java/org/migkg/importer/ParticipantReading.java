package org.migkg.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.migkg.records.EventRecord;
import org.migkg.records.EventRecord.Participant;
import org.migkg.text.Folding;
import org.migkg.text.Honorifics;

/**
 * The participants, in page order: the people the page lists, then the performers of its schema.org data and the
 * people named only in running text (flagged) that no list names. A role no label gives is read from the layout;
 * each stated position is split into posts, with organizations resolved against the catalogue.
 */
final class ParticipantReading {
    private static final String MODERATOR_NOTE = "The saved page lost the role headings; only a blank gap sets this participant apart from the others.";

    private final PositionParser positions;

    ParticipantReading(OrganizationLookup organizations) {
        this.positions = new PositionParser(organizations);
    }

    List<Participant> of(SavedPage page, PageLayout layout, ReviewList review) {
        List<PageParticipant> mentions = new ArrayList<>(layout.mentions());
        addStructuredPerformers(page, mentions);
        addProsePeople(layout.prose(), mentions);
        Integer moderatorBlock = moderatorBlock(mentions);
        List<Participant> out = new ArrayList<>();
        for (PageParticipant m : mentions) {
            out.add(participant(m, out.size(), moderatorBlock, review));
        }
        return out;
    }

    private static void addStructuredPerformers(SavedPage page, List<PageParticipant> mentions) {
        if (page.structured() == null) {
            return;
        }
        Set<String> listed = listed(mentions);
        int block = nextBlock(mentions);
        for (StructuredEvent.Performer p : page.structured().performers()) {
            Honorifics.Split split = Honorifics.split(p.name());
            if (listed.add(Folding.key(split.name()))) {
                mentions.add(new PageParticipant(split.honorific(), split.name(), p.position(), null, null, block, null));
            }
        }
    }

    private static void addProsePeople(List<String> prose, List<PageParticipant> mentions) {
        Set<String> listed = listed(mentions);
        int block = nextBlock(mentions);
        for (String paragraph : prose) {
            for (ProsePeople.Found f : ProsePeople.in(paragraph)) {
                if (listed.add(Folding.key(f.person().name()))) {
                    StatedPerson p = f.person();
                    mentions.add(new PageParticipant(p.honorific(), p.name(), p.position(), f.role(), null, block, f.evidence()));
                }
            }
        }
    }

    private static Set<String> listed(List<PageParticipant> mentions) {
        Set<String> listed = new HashSet<>();
        mentions.forEach(m -> listed.add(Folding.key(m.name())));
        return listed;
    }

    private static int nextBlock(List<PageParticipant> mentions) {
        return mentions.stream().mapToInt(PageParticipant::block).max().orElse(0) + 1;
    }

    /** Where no label gives a role, a last block of one person set apart by a blank gap is the moderator's. */
    private static Integer moderatorBlock(List<PageParticipant> mentions) {
        boolean anyStated = mentions.stream().anyMatch(m -> m.role() != null && !m.inRunningText());
        List<Integer> unheadedBlocks = mentions.stream().filter(m -> m.role() == null && !m.inRunningText())
                .map(PageParticipant::block).distinct().toList();
        if (!anyStated && unheadedBlocks.size() >= 2) {
            int last = unheadedBlocks.get(unheadedBlocks.size() - 1);
            if (mentions.stream().filter(m -> m.block() == last).count() == 1) {
                return last;
            }
        }
        return null;
    }

    private Participant participant(PageParticipant m, int i, Integer moderatorBlock, ReviewList review) {
        String role = m.role();
        String basis = "stated";
        String note = null;
        if (role == null) {
            basis = "layout";
            if (moderatorBlock != null && m.block() == moderatorBlock) {
                role = "moderator";
                note = MODERATOR_NOTE;
                review.flag("/participants/" + i + "/role", "the page lost its role headings; a blank gap sets this participant "
                        + "apart after the others, where these pages put the moderator");
            } else {
                role = "speaker";
            }
        }
        if (m.inRunningText()) {
            review.flag("/participants/" + i, "named only in running text (\"" + m.proseEvidence()
                    + "\"); check that " + m.name() + " took part, and as " + role);
        }
        ParsedPosition parsed = m.statedPosition() == null ? new ParsedPosition(List.of(), List.of(), List.of())
                : positions.parse(m.statedPosition());
        parsed.doubts().forEach(d -> review.flag("/participants/" + i + "/posts", d));
        for (int j = 0; j < parsed.posts().size(); j++) {
            EventRecord.Post post = parsed.posts().get(j);
            if (post.organization() != null && post.organizationId() == null) {
                review.flag("/participants/" + i + "/posts/" + j + "/organizationId",
                        "\"" + post.organization() + "\" is not in data/organizations.json");
            }
        }
        for (String aside : parsed.asides()) {
            String add = "The position adds: " + aside + ".";
            note = note == null ? add : note + " " + add;
        }
        return new Participant(m.name(), m.honorific(), null, role, basis, m.session(), m.statedPosition(), parsed.posts(), note);
    }
}
