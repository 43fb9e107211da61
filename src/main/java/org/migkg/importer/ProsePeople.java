package org.migkg.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migkg.text.Folding;
import org.migkg.text.Honorifics;

/**
 * People named only in running text. A run of capitalised words is a person when it reads as a name and the sentence
 * says so: an honorific before it ("Prof. Sergio Carrera"), a role cue ("moderated by X", "with X"), a title just
 * before it ("Senior Fellow Elizabeth Ferris", "the State Secretary for Asylum, Nicole de Moor"), a position right
 * after it ("X, Head of Y", "X (Director-General, DG HOME)") or a verb of speaking ("X opened", "X said"). Everything
 * found here is flagged: the text may mention people who did not take part.
 */
final class ProsePeople {
    private ProsePeople() {}

    /** A person in a sentence, with the words that told the importer so. */
    record Found(StatedPerson person, String role, String evidence) {}

    private static final String WORD = "(?:\\p{Lu}\\p{Ll}[\\p{L}’'-]*|\\p{Lu}\\.|[dD][’']\\p{Lu}\\p{Ll}+)";
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}.])" + WORD + "(?:\\s+(?:(?:de|da|di|van|von|der|le|la|del|al|el|bin|dos|du)\\s+)*" + WORD + "){1,8}");
    /** A run after "of", "the", "in"... is part of a noun phrase ("the Project on Internal Displacement", "in Hong Kong"). */
    private static final Pattern NOUN_PHRASE_BEFORE = Pattern.compile(
            "\\b(?:of|on|the|in|for|at|from|to|into|about|under|a|an|des|du|der|die|das|den|dem|im|am|zum|zur|la|le|les|au|aux)\\s*$");
    private static final Pattern HONORIFIC_BEFORE = Pattern.compile(
            "(?:H\\.\\s?E\\.(?:\\s+(?:Mr|Ms|Mrs|Dr)\\.?)?|\\b(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Rev|Frau|Herr|Mme|Madame|Monsieur)\\.?)\\s*$");
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "\\b(moderated by|chaired by|hosted by|presented by|introduced by|opened by|closed by|featuring|keynote (?:speech |address |lecture )?(?:by|from)|"
                    + "remarks (?:by|from)|speech (?:by|from)|welcome (?:speech|address|remarks) (?:by|from)|with|and|including|included|"
                    + "moderiert von|mit|animée? par|avec|par)\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERB_AFTER = Pattern.compile(
            "^,?\\s+(?:\\p{Ll}+\\s+)?(?:said|says|opened|welcomed|stressed|noted|presented|explained|highlighted|underlined|emphasi[sz]ed|"
                    + "moderated|chaired|spoke|gave|introduced|closed|discussed|shared|argued|reminded|pointed|will (?:introduce|moderate|present|speak|open)|"
                    + "was invited|provided|delivered|led|explains|adds|added|stresses|further explains|underlines)\\b");
    private static final Pattern WITH_ORGANIZATION = Pattern.compile("^\\s+(?:with|of|from)\\s+((?:the\\s+)?\\p{Lu}[^,;.()]{3,80}?)(?=[,;.]|\\s+and\\b|$)");
    private static final Pattern PAREN_AFTER = Pattern.compile("^\\s*\\(([^()]{3,300})\\)");
    private static final Pattern COMMA_AFTER = Pattern.compile("^,\\s+([^,;()]{3,140}?)(?=\\s*[,;.)]|\\s+(?:and|said|says|will|who|was|were|is|has|had)\\b|$)");

    static List<Found> in(String paragraph) {
        Map<String, Found> found = new LinkedHashMap<>();
        Matcher m = NAME.matcher(paragraph);
        while (m.find()) {
            String before = paragraph.substring(Math.max(0, m.start() - 120), m.start());
            String after = paragraph.substring(m.end());
            consider(found, m.group(), before, after);
        }
        return new ArrayList<>(found.values());
    }

    private static void consider(Map<String, Found> found, String run, String before, String after) {
        String[] tokens = run.split("\\s+");
        int first = 0;
        StringBuilder titleBefore = new StringBuilder();
        while (first < tokens.length - 2 || (first < tokens.length - 1 && !PersonNames.looksLikeName(join(tokens, first)))) {
            if (PersonNames.looksLikeName(join(tokens, first))) {
                break;
            }
            titleBefore.append(tokens[first]).append(' ');
            first++;
        }
        String name = join(tokens, first);
        if (!PersonNames.looksLikeName(name) || Honorifics.is(tokens[first])) {
            return;
        }
        String lead = (before + " " + titleBefore).stripTrailing();
        String honorific = null;
        Matcher h = HONORIFIC_BEFORE.matcher(before);
        if (h.find()) {
            honorific = Honorifics.split(h.group().strip() + " X").honorific();
        }
        Matcher cue = CUE_BEFORE.matcher(before);
        String position = positionAfter(after);
        String preTitle = titleBefore(lead);
        if (preTitle != null && preTitle.split("\\s+").length < 2) {
            preTitle = null; // "President Donald Trump": a title word alone before a name is how texts mention anyone
        }
        boolean verb = VERB_AFTER.matcher(after).find();
        String role = cue.find() ? roleOfCue(cue.group(1)) : roleOfVerb(after);
        boolean strongCue = cue.find(0) && !isWeakCue(cue.group(1));
        if (honorific == null && !strongCue && titleBefore.length() == 0 && NOUN_PHRASE_BEFORE.matcher(before).find()) {
            return;
        }
        boolean evidence = honorific != null || position != null || preTitle != null || verb || strongCue;
        if (!evidence) {
            return;
        }
        String key = Folding.key(name);
        if (found.containsKey(key)) {
            return;
        }
        String stated = position != null ? position : preTitle;
        String evidenceText = (preTitle != null ? preTitle + " " : "") + name + (position != null ? ", " + position : "");
        found.put(key, new Found(new StatedPerson(honorific, name, stated), role, evidenceText.strip()));
    }

    private static boolean isWeakCue(String cue) {
        String c = Folding.key(cue);
        return c.equals("with") || c.equals("and") || c.equals("including") || c.equals("included") || c.equals("mit")
                || c.equals("avec") || c.equals("par");
    }

    /** "Senior Fellow", "State Secretary for Asylum and Migration," right before the name, ending in a title word. */
    private static String titleBefore(String lead) {
        String t = lead.replaceFirst(",\\s*$", "").strip();
        String[] words = t.split("\\s+");
        int n = words.length;
        for (int k = n - 1; k >= Math.max(0, n - 7); k--) {
            String w = words[k].replaceAll("[^\\p{L}-]", "");
            if (PositionParser.isTitleWord(w)) {
                int start = k;
                while (start > 0 && start > n - 9 && (Character.isUpperCase(words[start - 1].charAt(0)) || words[start - 1].matches("of|for|and|the|on"))
                        && !words[start - 1].endsWith(".")) {
                    start--;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, start, n)).replaceAll("^[^\\p{L}]+", "");
                boolean adjacent = k == n - 1 || java.util.Arrays.stream(words, k + 1, n).allMatch(x -> Character.isUpperCase(x.charAt(0)) || x.matches("of|for|and|the|on"));
                return adjacent && !phrase.isBlank() ? phrase : null;
            }
        }
        return null;
    }

    private static String positionAfter(String after) {
        Matcher paren = PAREN_AFTER.matcher(after);
        if (paren.find() && PositionParser.namesATitleOrOrganization(paren.group(1))) {
            return paren.group(1).strip();
        }
        Matcher comma = COMMA_AFTER.matcher(after);
        if (comma.find()) {
            String p = comma.group(1).strip();
            if (startsWithTitle(p) || (p.matches("^(?:the\\s+)?\\p{Lu}.*") && PositionParser.namesATitleOrOrganization(p) && !PersonNames.looksLikeName(p))) {
                return p;
            }
        }
        Matcher with = WITH_ORGANIZATION.matcher(after);
        if (with.find() && PositionParser.readsLikeOrganization(with.group(1).replaceFirst("^the\\s+", ""))) {
            return with.group(1).strip();
        }
        return null;
    }

    /** "Director of ...", "general director a.i. of Fedasil": a title word among the first three, in any case. */
    private static boolean startsWithTitle(String position) {
        String[] words = position.split("\\s+");
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            String w = Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1);
            if (PositionParser.isTitleWord(w) || PositionParser.isTitleWord(w.replaceAll("s$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static String roleOfVerb(String after) {
        String a = Folding.key(after.length() > 40 ? after.substring(0, 40) : after);
        if (a.matches("^(?:\\p{L}+ )?(?:moderated|will moderate).*")) {
            return "moderator";
        }
        if (a.matches("^(?:\\p{L}+ )?(?:opened|welcomed|will open).*")) {
            return "opening-remarks";
        }
        return "speaker";
    }

    private static String roleOfCue(String cue) {
        String c = Folding.key(cue);
        if (c.startsWith("moderat") || c.startsWith("animee par") || c.startsWith("anime par")) {
            return "moderator";
        }
        if (c.startsWith("chaired")) {
            return "chair";
        }
        if (c.startsWith("hosted")) {
            return "host";
        }
        if (c.startsWith("keynote")) {
            return "keynote";
        }
        if (c.startsWith("opened") || c.startsWith("welcome")) {
            return "opening-remarks";
        }
        if (c.startsWith("closed")) {
            return "closing-remarks";
        }
        if (c.startsWith("presented")) {
            return "presenter";
        }
        if (c.startsWith("introduced")) {
            return "introduction";
        }
        return "speaker";
    }

    private static String join(String[] tokens, int from) {
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, from, tokens.length));
    }
}
