package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.NounPhrases.rightNP;
import static org.claimgraph.extract.Tokens.isPunct;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.VerbGroups.isVerbGroupWord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A verb of backing or opposing with its subject and object: "most farmers support the quota",
 * "groups supporting Mayor Olsen". PolNeAR's content is the object noun phrase alone, not the
 * rest of the clause ("support X in the primary" reports X), so the general verbal pattern,
 * whose content runs to the clause end, is not used for these verbs. Only active forms with a
 * subject noun phrase and a nominal (or gerund) object count: the noun "support" and passives
 * ("is supported by") never match.
 */
final class BackingPattern {
    private final Set<String> lemmas;

    BackingPattern(Set<String> lemmas) {
        this.lemmas = lemmas;
    }

    /** Whether the token is one of the verbs in any inflection (the lemmatiser misses some: "supported"). */
    boolean isCue(Token t) {
        if (!t.is("VERB")) {
            return false;
        }
        String f = t.text().toLowerCase(Locale.ROOT);
        String stem = f.endsWith("ing") ? f.substring(0, f.length() - 3)
                : f.endsWith("ed") ? f.substring(0, f.length() - 2)
                : f.endsWith("es") || f.endsWith("s") ? f.substring(0, f.length() - 1) : f;
        return lemmas.contains(t.lemma()) || lemmas.contains(f) || lemmas.contains(stem) || lemmas.contains(stem + "e")
                || f.endsWith("es") && lemmas.contains(f.substring(0, f.length() - 2));
    }

    /** Verb forms the tagger takes for nouns after a plural or numeric subject ("Two-thirds support reducing …"). */
    private static final Set<String> NOUN_FORMS = Set.of("support", "oppose");

    /**
     * "Two-thirds support reducing the fares", "Men under 35 support Olsen": a stance verb tagged
     * as a noun, after a plural noun or a number and before what a verb takes (a gerund, a name, a
     * determiner or an object pronoun). "voter support for", "Olsen support is" keep their noun.
     */
    static boolean nounAsVerb(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.is("NOUN") || i == 0 || i + 1 >= s.size() || !NOUN_FORMS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token prev = s.token(i - 1);
        Token next = s.token(i + 1);
        boolean subject = prev.is("NUM") || prev.is("NOUN") && prev.ptb().equals("NNS");
        boolean object = next.is("VERB") && next.text().endsWith("ing") || next.is("PROPN") || next.is("DET")
                || next.ptb().equals("PRP$") || OBJECT_PRONOUNS.contains(next.text().toLowerCase(Locale.ROOT));
        return subject && object;
    }

    /** Object pronouns the noun-phrase rules leave out: "support him", but not "her campaign". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you", "it");

    private static boolean isObjectPronoun(Sentence s, int k) {
        Token t = s.token(k);
        if (!t.is("PRON") || !OBJECT_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (k + 1 >= s.size()) {
            return true;
        }
        Token n = s.token(k + 1);
        if (n.is("VERB") || n.is("AUX")) {
            return false; // "the support it needed", "groups that back him say …": the pronoun opens a clause
        }
        return t.text().equalsIgnoreCase("it") || !(n.is("NOUN") || n.is("PROPN") || n.is("ADJ") || n.is("NUM")); // "her campaign" is a possessor
    }

    /**
     * A pronoun object only for a stated stance: "groups supporting her" (spending) and "would
     * support him" (a condition) are not reports, and "the support it" is a misread noun.
     */
    private static boolean firmBacking(Sentence s, int group, int cue) {
        if (s.token(cue).text().endsWith("ing") || s.token(group).is("DET") || group > 0 && s.token(group - 1).is("DET")) {
            return false;
        }
        for (int k = group; k < cue; k++) {
            if (s.token(k).text().equalsIgnoreCase("would")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Jobs are not like other jobs": after a form of "be" the tagger's verb "like" is the
     * preposition of a comparison, not a liking.
     */
    private static boolean likeAfterCopula(Sentence s, int group, int cue) {
        if (!s.token(cue).lemma().endsWith("like")) {
            return false;
        }
        for (int k = group; k < cue; k++) {
            if (s.token(k).lemma().equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** "to" and a bare verb right after a common noun ending the object. */
    private static boolean infinitiveModifier(Sentence s, int k) {
        return k + 1 < s.size() && k > 0 && s.token(k).text().equalsIgnoreCase("to")
                && s.token(k + 1).ptb().equals("VB") && s.token(k - 1).ptb().startsWith("NN")
                && !s.token(k - 1).ptb().startsWith("NNP");
    }

    /** A gerund, also one the universal tagger calls a noun ("handing/NOUN/VBG out funds"). */
    private static boolean gerund(Token t) {
        return t.text().endsWith("ing") && (t.is("VERB") || t.is("NOUN") && t.ptb().equals("VBG"));
    }

    /** A comma that goes on with a further gerund of a list: "…, raising taxes and …". */
    private static boolean listedGerund(Sentence s, int k) {
        if (!s.token(k).text().equals(",") || k + 1 >= s.size()) {
            return false;
        }
        int v = k + 1;
        if (s.token(v).is("ADV") && v + 1 < s.size()) {
            v++; // "…, temporarily freezing …"
        }
        if (!gerund(s.token(v))) {
            return false;
        }
        // a list ends with "and"/"or" before its last gerund; a lone ", saying …" is a comment, not a list item
        for (int w = v + 1; w + 1 < s.size(); w++) {
            Token t = s.token(w);
            String word = t.text().toLowerCase(Locale.ROOT);
            if ((word.equals("and") || word.equals("or")) && (gerund(s.token(w + 1))
                    || s.token(w + 1).is("ADV") && w + 2 < s.size() && gerund(s.token(w + 2)))) {
                return true;
            }
            if (isPunct(t) && !word.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** "who had supported X": the tagger sometimes calls the perfect's "had" a main verb. */
    private static boolean perfectHave(Sentence s, int k, int cue) {
        return s.token(k).is("VERB") && s.token(k).lemma().equals("have") && s.token(cue).ptb().equals("VBN")
                && (k + 1 == cue || s.token(k + 1).is("ADV"));
    }

    /** The words after "cast": "cast a vote for", "cast their ballots against". */
    private static final Set<String> VOTE_NOUNS = Set.of("vote", "votes", "ballot", "ballots");

    /**
     * Where the object of a vote starts, or -1: "voted | for X", "voted solidly | against X",
     * "voted in favor of | X", "cast their votes for | X". PolNeAR's cue runs through the
     * preposition and its content is the object, like the backing verbs' ("voted for the bill").
     */
    static int voteObject(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.is("VERB")) {
            return -1;
        }
        String form = t.text().toLowerCase(Locale.ROOT);
        int k = i + 1;
        if (form.equals("cast") || form.equals("casts") || form.equals("casting")) {
            if (k < s.size() && (s.token(k).is("DET") || s.token(k).is("PRON"))) {
                k++; // "a", "their"
            }
            if (k >= s.size() || !VOTE_NOUNS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            k++;
        } else if (!t.lemma().equals("vote") && !form.startsWith("vote") && !form.equals("voting")) {
            return -1;
        } else if (k < s.size() && s.token(k).is("ADV") && s.token(k).text().endsWith("ly") || k < s.size()
                && s.token(k).text().equalsIgnoreCase("twice")) {
            k++; // "voted overwhelmingly for"
        } else if (k < s.size() && !s.token(k).text().equalsIgnoreCase("in")) {
            return -1; // plain "voted for X" stays with the phrasal cue, whose content runs on ("for X in 2008")
        }
        if (k + 1 >= s.size()) {
            return -1;
        }
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        if (word.equals("for") || word.equals("against")) {
            return k + 1;
        }
        if (word.equals("in") && k + 3 < s.size() && Set.of("favor", "favour").contains(s.token(k + 1).text().toLowerCase(Locale.ROOT))
                && s.token(k + 2).text().equalsIgnoreCase("of")) {
            return k + 3;
        }
        return -1;
    }

    /**
     * "endorsed Olsen Wednesday", "backed the levy last week": a bare time adjunct the chunker
     * attached to the object is not part of what is backed ("a similar effort in 2007" keeps its
     * year: PolNeAR's content mostly does). The object keeps at least one word.
     */
    private static int withoutTrailingTime(Sentence s, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (Tokens.allDateWords(s, new int[] {k, end}) && !s.token(k).is("NUM") && !s.token(k - 1).is("ADP")) {
                return k;
            }
        }
        return end;
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        int vote = voteObject(s, i);
        int o = vote > 0 ? vote : i + 1; // where the object starts
        if (o >= s.size() || quoted[o]) {
            return null;
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && (isVerbGroupWord(s.token(group - 1)) || perfectHave(s, group - 1, i))) {
            group--;
        }
        if (VerbGroups.isPassive(s, group, i) || likeAfterCopula(s, group, i)) {
            return null;
        }
        int[] subject = leftNP(s, group, quoted);
        if (subject == null) {
            subject = PollPattern.respondents(s, group, quoted); // "19 percent of students polled support X"
        }
        if (subject == null || Tokens.allDateWords(s, subject)) {
            return null;
        }
        int end;
        Token next = s.token(o);
        if (gerund(next)) {
            // "support banning the import": the gerund clause runs to the next clause punctuation,
            // or on through a list of gerunds ("closing schools, raising taxes and cutting routes")
            end = o + 1;
            while (end < s.size() && (!isPunct(s.token(end)) && !s.token(end).is("SCONJ") || listedGerund(s, end))) {
                end++;
            }
        } else if (isObjectPronoun(s, o) && (vote > 0 || firmBacking(s, group, i))) {
            end = o + 1; // "the mayor endorsed her", "voted for him"
        } else {
            int[] object = rightNP(s, o, quoted);
            if (object == null || object[0] != o || Tokens.allDateWords(s, object)) {
                return null;
            }
            end = object[1];
            if (end + 2 < s.size() && s.token(end).text().equalsIgnoreCase("other")
                    && s.token(end + 1).text().equalsIgnoreCase("than") && !quoted[end + 2]) {
                // "voted for candidates other than the mayor": the exception narrows the object
                int[] exception = rightNP(s, end + 2, quoted);
                if (exception != null && exception[0] == end + 2) {
                    end = exception[1];
                }
            } else if (infinitiveModifier(s, end)) {
                // "backed a bill to tighten checks", "opposed efforts to pressure X": the infinitive
                // says what the thing backed is for and belongs to it (unlike "urged Lee to run")
                end += 2;
                while (end < s.size() && !isPunct(s.token(end)) && !s.token(end).is("SCONJ")) {
                    end++;
                }
            } else {
                // "backed a measure that would cut fares": the noun's relative clause or participle
                // belongs to what is backed
                end = LightVerbPattern.withModifier(s, end);
            }
            end = withoutTrailingTime(s, o, end);
        }
        Span content = trim(text, tokens(s, o, end));
        if (content == null) {
            return null;
        }
        Span source = tokens(s, subject[0], subject[1]);
        String lemma = vote > 0 ? s.token(i).lemma() + " " + s.token(o - 1).text().toLowerCase(Locale.ROOT) : s.token(i).lemma();
        return new Candidate(List.of(source), source, List.of(tokens(s, group, o)), List.of(content), lemma, false, 0.6);
    }
}
