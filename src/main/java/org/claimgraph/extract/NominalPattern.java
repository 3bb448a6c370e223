package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.complementEnd;
import static org.claimgraph.extract.Tokens.contentSpan;
import static org.claimgraph.extract.Tokens.isPunct;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.Tokens.words;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A noun cue with its possessor as the source and its complement as the content: "Ruiz's claim
 * that the vote was rigged", "her call for calm", "the council's decision to close the road".
 * PolNeAR keeps the possessive ending in the source, and the noun's adjectives ("her recent call
 * for") and a linking preposition in the cue. A
 * noun cue without a possessor is left alone: "the claim that …" alone names no one and is
 * too often a plain noun ("the plan", "the report").
 */
final class NominalPattern {
    /** Prepositions that link a noun cue to its content ("call for", "criticism of", "fears about"); "on" and "over" mostly open a time or place ("comments on Tuesday"). */
    private static final Set<String> LINKS = Set.of("for", "of", "about", "against");
    /** Nouns of verbal attack, whose target follows "on" ("his attacks on Clinton", "her assault on the plan"). */
    private static final Set<String> ON_NOUNS = Set.of("attack", "attacks", "assault", "comment", "comments", "remark",
            "remarks");

    /** Nouns of stance toward something, whose target follows "to" or "toward" ("her opposition to the levy", "his hostility toward the press"). */
    private static final Set<String> TO_NOUNS = Set.of("opposition", "objection", "objections", "hostility", "resistance");

    private final Lexicon lexicon;

    NominalPattern(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean isCue(Token t) {
        return t.is("NOUN") && (lexicon.nounCue(t.lemma()) || lexicon.nounCue(t.text().toLowerCase(Locale.ROOT)));
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        // The possessor, past at most two adjectives ("his recent call").
        int j = i - 1;
        while (j > 0 && i - j <= 3 && modifier(s, j, i)) {
            j--;
        }
        if (j < 0 || quoted[j]) {
            return null;
        }
        Token owner = s.token(j);
        String lower = owner.text().toLowerCase(Locale.ROOT);
        int[] source;
        int[] head;
        if (owner.is("PRON") && Tokens.POSSESSIVE_PRONOUNS.contains(lower)) {
            source = new int[] {j, j + 1};
            head = source;
        } else if (apostropheOwner(owner)) {
            source = new int[] {j, j + 1}; // "Francis' remarks about …": the apostrophe stays on the one token
            head = source;
        } else if (lower.equals("'s") || lower.equals("’s")) {
            int[] np = possessor(s, j, quoted);
            if (np == null || s.token(np[0]).is("PRON")) {
                return null;
            }
            source = new int[] {np[0], j + 1};
            head = np;
        } else {
            return byAgent(text, s, j + 1, i, quoted);
        }
        int k = i + 1;
        if (k >= s.size() - 1 || quoted[k]) {
            return null;
        }
        Token next = s.token(k);
        String link = next.text().toLowerCase(Locale.ROOT);
        int cueEnd = i + 1;
        int contentStart;
        int contentEnd;
        if ((link.equals("is") || link.equals("was")) && k + 2 < s.size()
                && s.token(k + 1).text().equalsIgnoreCase("that") && !s.token(k + 2).is("AUX") && !s.token(k + 2).is("VERB")) {
            // "the mayor's claim is that …": the copula joins the cue, its that-clause is the content
            cueEnd = k + 1;
            contentStart = k + 1;
            contentEnd = complementEnd(s, k + 2);
        } else if (link.equals("that") && !s.token(k + 1).is("AUX") && !s.token(k + 1).is("VERB")) {
            contentStart = k;
            contentEnd = complementEnd(s, k + 1);
        } else if (link.equals("to") && (s.token(k + 1).is("VERB") || s.token(k + 1).is("AUX"))) {
            contentStart = k;
            contentEnd = Math.min(complementEnd(s, k + 1), mainVerb(s, k + 2));
        } else if (next.is("ADP") && (LINKS.contains(link)
                || (link.equals("to") || link.equals("toward") || link.equals("towards"))
                        && (TO_NOUNS.contains(s.token(i).lemma()) || TO_NOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT)))
                || link.equals("on")
                && (ON_NOUNS.contains(s.token(i).lemma()) || ON_NOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT)))
                && !Tokens.allDateWords(s, new int[] {k + 1, k + 2}))) {
            cueEnd = k + 1;
            contentStart = k + 1;
            contentEnd = LightVerbPattern.withModifier(s, phraseEnd(s, k + 1, quoted));
        } else {
            return null;
        }
        Span content = contentSpan(text, s, contentStart, contentEnd);
        if (content == null) {
            return null;
        }
        return new Candidate(List.of(tokens(s, source[0], source[1])), tokens(s, head[0], head[1]),
                List.of(tokens(s, j + 1, cueEnd)), List.of(content), s.token(i).lemma(), false, 0.6);
    }

    /** Links after a "from"/"by" agent that open the noun's content ("criticism from rivals about …"). */
    private static final Set<String> WH = Set.of("how", "what", "whether", "why", "when", "who");
    private static final Set<String> AGENT_LINKS = Set.of("for", "about", "against", "on", "over");

    /**
     * A noun cue whose source follows as a "from"/"by" agent, with the content after the agent:
     * "complaints from the growers that the price is too low", "a call by the union for a strike",
     * "pledges from the towns to cut waste". Unlike the bare noun, the agent names who reports;
     * the linking preposition stays out of both cue and content, as in PolNeAR. Only a that-clause,
     * a to-infinitive or a linking preposition right after a plain noun phrase counts: "a call from
     * the mayor to his aide" (to + noun) or "criticism from the 1990s" report nothing.
     */
    private static Candidate byAgent(String text, Sentence s, int cueStart, int i, boolean[] quoted) {
        int a = i + 1;
        if (a + 2 >= s.size() || quoted[a] || quoted[a + 1]) {
            return null;
        }
        while (cueStart < i && !s.token(cueStart).is("ADJ")) {
            cueStart++; // "dire warnings from …", but not "faced criticism from …"
        }
        if (s.token(i).lemma().equals("support")) {
            return null; // "support from X" is backing received (ReceivedBacking), "support from X to …" a plain noun
        }
        String prep = s.token(a).text().toLowerCase(Locale.ROOT);
        if (!prep.equals("from") && !prep.equals("by")) {
            return null;
        }
        int[] agent = NounPhrases.handRightNP(s, a + 1, quoted);
        if (agent == null || Tokens.allDateWords(s, agent)) {
            return null;
        }
        int k = agent[1];
        if (k + 1 >= s.size() || quoted[k]) {
            return null;
        }
        String link = s.token(k).text().toLowerCase(Locale.ROOT);
        Token after = s.token(k + 1);
        int contentStart;
        int contentEnd;
        if (link.equals("that") && !after.is("AUX") && !after.is("VERB")) {
            contentStart = k;
            contentEnd = complementEnd(s, k + 1);
        } else if (link.equals("to") && (after.is("VERB") || after.is("AUX")) && !after.text().endsWith("ing")) {
            contentStart = k;
            contentEnd = Math.min(complementEnd(s, k + 1), mainVerb(s, k + 2));
        } else if (s.token(k).is("ADP") && AGENT_LINKS.contains(link) && !after.is("PROPN")
                && !Tokens.allDateWords(s, new int[] {k + 1, k + 2})) {
            // not "a report from the Center | for Policy Research", "speeches by Democrats on Wednesday"
            contentStart = k + 1;
            contentEnd = WH.contains(after.text().toLowerCase(Locale.ROOT)) ? complementEnd(s, k + 2) // "advice from X on how to …"
                    : LightVerbPattern.withModifier(s, phraseEnd(s, k + 1, quoted));
        } else {
            return null;
        }
        Span content = contentSpan(text, s, contentStart, contentEnd);
        if (content == null) {
            return null;
        }
        return new Candidate(List.of(tokens(s, agent[0], agent[1])), tokens(s, agent[0], agent[1]),
                List.of(tokens(s, cueStart, i + 1)), List.of(content), s.token(i).lemma(), false, 0.5);
    }

    /** "Francis'", "voters'": a name or noun whose possessive is a bare apostrophe kept on its own token. */
    private static boolean apostropheOwner(Token t) {
        String w = t.text();
        return w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’")) && Character.isLetter(w.charAt(w.length() - 3))
                && (t.ptb().startsWith("NN") || t.is("PROPN") || t.is("NOUN"));
    }

    /**
     * Whether token {@code j} before the cue noun at {@code i} modifies it: an adjective by either
     * tag set (the taggers disagree on "harsh", "controversial"), a participle used as one
     * ("disparaging remarks", "renewed endorsement"), or an adverb grading the next modifier
     * ("strikingly personal attacks").
     */
    private static boolean modifier(Sentence s, int j, int i) {
        Token t = s.token(j);
        String ptb = t.ptb();
        if (t.is("ADJ") || ptb.startsWith("JJ")) {
            return true;
        }
        if ((ptb.equals("VBG") || ptb.equals("VBN")) && !t.is("AUX")) {
            return true;
        }
        return (t.is("ADV") || ptb.equals("RB")) && j + 1 < i && modifier(s, j + 1, i) && !s.token(j + 1).is("ADV");
    }

    /** Finite forms that, after a noun, start the sentence's own predicate rather than continue the infinitive. */
    private static final Set<String> FINITE = Set.of("was", "were", "is", "are", "has", "had", "have", "will",
            "would", "could", "should", "may", "might", "must", "can");

    /**
     * Where the sentence's own predicate starts after a to-complement that belongs to the subject
     * ("Russia's promise to reduce its activity near Kyiv | was met with skepticism"): a finite
     * auxiliary right after a noun; the sentence length when there is none.
     */
    private static int mainVerb(Sentence s, int from) {
        for (int k = Math.max(from, 1); k < s.size(); k++) {
            Token t = s.token(k);
            Token before = s.token(k - 1);
            if (t.is("AUX") && FINITE.contains(t.text().toLowerCase(Locale.ROOT))
                    && (before.is("NOUN") || before.is("PROPN") || before.is("NUM"))) {
                return k;
            }
        }
        return s.size();
    }


    /**
     * A prepositional complement is a noun phrase: it ends before the sentence's own verb
     * ("her call for calm was ignored") or at a clause punctuation mark.
     */
    private static int phraseEnd(Sentence s, int from, boolean[] quoted) {
        int k = from;
        while (k < s.size()) {
            Token t = s.token(k);
            boolean verb = (t.is("VERB") || t.is("AUX")) && !(k == from && t.text().endsWith("ing"));
            if (verb || isPunct(t) && !t.text().equals("-") && !t.text().equals("'s") && !Tokens.abbreviationDot(s, k)
                    || t.is("SCONJ")) {
                break;
            }
            if (t.is("CCONJ") && k + 1 < s.size() && k > from
                    && Tokens.POSSESSIVE_PRONOUNS.contains(s.token(k + 1).text().toLowerCase(Locale.ROOT))) {
                break; // "his attacks on the port and his promise to …": a second possessed noun, not the target
            }
            k++;
        }
        return k;
    }

    /**
     * The noun phrase owning a possessive ending at token {@code end}: the run of names, nouns,
     * adjectives and numbers before it with its determiner ("the Kremlin's", "Russian Deputy
     * Defense Minister Fomin's"). No attached phrases: in "reacted with caution to Russia's
     * promise" the owner is Russia, not a clause the phrase chunker may read as a reduced relative.
     */
    private static int[] possessor(Sentence s, int end, boolean[] quoted) {
        int k = end;
        while (k > 0 && !quoted[k - 1] && (s.token(k - 1).is("PROPN") || s.token(k - 1).is("NOUN")
                || s.token(k - 1).is("ADJ") || s.token(k - 1).is("NUM"))) {
            k--;
        }
        if (k == end) {
            return null;
        }
        if (k > 0 && !quoted[k - 1] && s.token(k - 1).is("DET")) {
            k--;
        }
        return new int[] {k, end};
    }
}
