package org.migkg.link;

import java.util.SortedSet;
import org.migkg.text.PersonName;

/**
 * What the people linker knows of one mention: the name as written and parsed, the person a curator pinned it to (if any), the
 * organizations of its stated posts with their parents, when its event started (for choosing among namesakes), and
 * the key the register knows it by.
 */
public record PersonMention(Mention mention, String written, PersonName name, String pinned, SortedSet<String> organizations, String eventStart,
                            MentionKey key) {}
