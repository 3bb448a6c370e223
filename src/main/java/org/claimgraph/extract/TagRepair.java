package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Repairs of universal tags where the treebank tagger, run on the same tokens, is the more
 * reliable of the two: the attribution patterns read the universal tags, and a source whose head
 * name is tagged as an adverb or a verb ("Okafor/ADV also noted …", "Brandt/VERB wrote …") is
 * never found. Only the attribution finder sees the repaired sentence.
 */
final class TagRepair {
    /** Universal tags that a capitalised word the treebank tagger calls a proper noun rarely has (an adjective: "Valdane/ADJ notes"). */
    private static final Set<String> NOT_NAME = Set.of("ADJ", "ADV", "VERB", "AUX", "X", "INTJ", "SCONJ", "ADP", "PRON",
            "NUM", "DET", "CCONJ", "PART");

    /**
     * "Said Ann Berg, …: “…”": a sentence opening with an inverted speech tag; the treebank tagger
     * calls the capitalised verb a name, and its lemma (the form itself) looks like one.
     */
    private static final Set<String> OPENING_SAY = Set.of("Said", "Says", "Wrote", "Writes", "Told");

    private TagRepair() {
    }

    /** The sentence with its repaired tags, or the same sentence when nothing needs repair. */
    static Sentence apply(Sentence s) {
        if (Tokens.titleCase(s, 7)) {
            return s; // in a headline the treebank tagger calls every capitalised word a name
        }
        List<Token> tokens = null;
        for (int i = 0; i < s.size(); i++) {
            Token repaired = repairedToken(s, i);
            if (repaired != null) {
                if (tokens == null) {
                    tokens = new ArrayList<>(s.tokens());
                }
                tokens.set(i, repaired);
            }
        }
        return tokens == null ? s : new Sentence(s.begin(), s.end(), List.copyOf(tokens));
    }

    /** Token {@code i} with its repaired tags, or null when it keeps its own. */
    private static Token repairedToken(Sentence s, int i) {
        Token t = s.token(i);
        String tag = repairedTag(s, i);
        if (tag != null) {
            // "Francis' remarks/VBZ": the verbal patterns read the treebank tag too, so it follows the repair
            String ptb = nounAfterPossessive(s, i) ? "NNS" : t.ptb();
            return new Token(t.begin(), t.end(), t.text(), tag, t.lemma(), ptb, t.chunk());
        }
        // "Data show/NN that …": the chunker folded the verb into the subject; it opens a verb group again
        if (bareVerbAfterPlural(s, i)) {
            return new Token(t.begin(), t.end(), t.text(), "VERB", t.lemma(), "VBP", "B-VP");
        }
        return verbBeforeThat(s, i) ? new Token(t.begin(), t.end(), t.text(), t.tag(), t.lemma(), "VBP", "B-VP") : null;
    }

    /** The universal tag token {@code i} should have, or null when its own is kept. */
    private static String repairedTag(Sentence s, int i) {
        Token t = s.token(i);
        if (mistaggedName(t) && !(i == 0 && t.is("VERB") && OPENING_SAY.contains(t.text())) || modalName(s, i)) {
            return "PROPN";
        }
        if (nounInNounPhrase(s, i) || nounAsAuxiliary(s.token(i)) || nounAfterPossessive(s, i)) {
            return "NOUN";
        }
        return verbAfterName(s, i) || gerundWithObject(s, i) || finiteVerbAfterComma(s, i) ? "VERB" : null;
    }

    /**
     * "Will wrote that …", "Will Lind told reporters …": a capitalised "Will" the taggers call a
     * modal, followed (after any names) by a past or third-person verb, which no modal takes, is
     * a first name. "Will Lind win?" keeps its modal.
     */
    static boolean modalName(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.text().equals("Will") || !t.ptb().equals("MD")) {
            return false;
        }
        int k = i + 1;
        while (k < s.size() && s.token(k).ptb().startsWith("NNP") && Character.isUpperCase(s.token(k).text().charAt(0))) {
            k++;
        }
        return k < s.size() && (s.token(k).ptb().equals("VBD") || s.token(k).ptb().equals("VBZ"));
    }

    /**
     * A capitalised word, not all capitals (an acronym or a shouted headline word), that the
     * treebank tagger calls a proper noun and the universal tagger a word of another class.
     */
    static boolean mistaggedName(Token t) {
        String text = t.text();
        if (!(t.ptb().equals("NNP") || t.ptb().equals("NNPS")) || !NOT_NAME.contains(t.tag()) || text.length() < 2
                || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        if ((t.is("VERB") || t.is("AUX")) && !t.lemma().equals(text.toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Promising that …", "Continued Stone:": an inflected verb form, as the lemma shows
        }
        boolean lower = false;
        for (int k = 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c)) {
                return false; // "He’s", "Feb.", "A10": contractions, abbreviations, codes
            }
            lower |= Character.isLowerCase(c);
        }
        return lower;
    }

    /**
     * "his remarks/VERB about", "her plan/VERB to": a common noun by the treebank tag, inside (not
     * opening) a noun-phrase chunk, which the universal tagger calls a verb.
     */
    static boolean nounInNounPhrase(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.is("VERB") || !(t.ptb().equals("NN") || t.ptb().equals("NNS")) || !t.chunk().equals("I-NP") || i == 0) {
            return false;
        }
        // Not after a name or a pronoun, where a verb-looking word is more often the predicate the
        // chunker swallowed ("Lindqvist defends …", "officials who review …").
        String before = s.token(i - 1).ptb();
        String after = i + 1 < s.size() ? s.token(i + 1).ptb() : ".";
        return !NAME_OR_PRONOUN.contains(before) && !OBJECT_START.contains(after) && !verbBeforeThat(s, i);
    }

    /**
     * "New figures from the county show/NN that …", "Data show/NN that …": a bare verb form the
     * universal tagger calls a verb inside a noun chunk, right after a noun and before the
     * conjunction "that", is the noun's present-tense verb (a noun there, "the show that …",
     * would need a determiner or an adjective before it). The chunker folded it into the subject,
     * so its treebank tag and chunk are repaired as well.
     */
    static boolean verbBeforeThat(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || i + 1 >= s.size() || !t.is("VERB") || !t.ptb().equals("NN") || !t.chunk().equals("I-NP")) {
            return false;
        }
        Token before = s.token(i - 1);
        Token after = s.token(i + 1);
        return before.ptb().startsWith("NN") && (before.is("NOUN") || before.is("PROPN"))
                && after.text().equalsIgnoreCase("that") && after.is("SCONJ")
                && Character.isLowerCase(t.text().charAt(0))
                && t.text().equals(t.lemma());
    }

    /**
     * "Farmers endorse/NOUN the levy", "Experts affirm/NN that …": a bare word (its own lemma) that
     * the universal tagger calls a noun or an adjective, right after a plural noun or name and before
     * an object (a determiner, a pronoun, a name) or the conjunction "that", is the plural subject's
     * present-tense verb: a compound noun there ("the jobs report has …", "the sanctions pressure on")
     * is followed by its verb or a preposition instead. The chunker folded it into the subject, so
     * its treebank tag and chunk are repaired as well.
     */
    static boolean bareVerbAfterPlural(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || i + 1 >= s.size() || !(t.is("NOUN") || t.is("ADJ"))
                || !(t.ptb().equals("NN") || t.ptb().equals("VB") || t.ptb().equals("VBP") || t.ptb().equals("JJ"))
                || !Character.isLowerCase(t.text().charAt(0)) || !t.text().equals(t.lemma())) {
            return false;
        }
        Token before = s.token(i - 1);
        Token after = s.token(i + 1);
        if (after.ptb().startsWith("NNP") && agentNoun(t.text())) {
            return false; // "campaign communications director Ann Berg": a title before the name it belongs to
        }
        return (before.ptb().equals("NNS") || before.ptb().equals("NNPS")) && (before.is("NOUN") || before.is("PROPN"))
                && (OBJECT_START.contains(after.ptb()) || after.text().equalsIgnoreCase("that") && after.is("SCONJ"));
    }

    /** A word shaped like a person's role ("director", "strategist", "analyst", "spokesman"), which titles a name. */
    private static boolean agentNoun(String w) {
        for (String end : AGENT_ENDINGS) {
            if (w.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ian", "ant", "ent", "ive", "man",
            "woman", "ee", "ary", "yst");

    /**
     * "Lindqvist/VERB notes/NOUN that …", "Okafor/ADJ demands/NOUN an apology": a plural-looking word
     * right after a clause-opening name that the universal tagger took for a verb, an adjective or a
     * common noun (reading the name as a modifier: "Okafor demands" as "demands by Okafor") is the
     * name's third-person verb. Not before a verb ("Okafor fans insist …") or a clause break.
     */
    static boolean verbAfterName(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.is("NOUN") || !t.ptb().equals("NNS") || i == 0 || i + 1 >= s.size() || !t.text().endsWith("s")
                || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        if (nounSubject(s, i)) {
            return AFTER_VERB.contains(s.token(i + 1).ptb()) && !s.token(i + 1).ptb().startsWith("NN")
                    && !s.token(i + 1).ptb().equals("JJ");
        }
        Token name = s.token(i - 1);
        if (name.is("PROPN")) {
            return verbAfterProperName(s, i);
        }
        if (!name.ptb().equals("NNP") || !(name.is("VERB") || name.is("ADJ") || name.is("NOUN"))
                || !Character.isUpperCase(name.text().charAt(0))) {
            return false;
        }
        boolean clauseStart = i == 1 || CLAUSE_OPENER.contains(s.token(i - 2).ptb())
                || s.token(i - 2).text().equalsIgnoreCase("that");
        return clauseStart && AFTER_VERB.contains(s.token(i + 1).ptb());
    }

    /**
     * "Berg talks/NOUN about …", "Ann Berg praises/NOUN the plan", "…, Radio North reports/NOUN.": a
     * plural-looking word right after a clause-opening run of names the universal tagger calls proper
     * nouns (reading them as a modifier) is the names' verb when what follows opens an object, a
     * preposition phrase or a clause, or ends the clause (a final speech tag). A compound noun after a
     * name ("Okafor fans insist", "Berg aides were …") is followed by its verb instead.
     */
    static boolean verbAfterProperName(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && s.token(k).is("PROPN") && (s.token(k).ptb().equals("NNP") || s.token(k).ptb().equals("NNPS"))
                && Character.isUpperCase(s.token(k).text().charAt(0))) {
            k--;
        }
        if (k == i - 1 || i - 1 - k > 3) {
            return false;
        }
        if (k >= 0 && s.token(k).text().equalsIgnoreCase("the")) {
            k--; // "the Harbour Board reports …"
        }
        boolean afterQuote = k >= 0 && s.token(k).ptb().equals("''");
        boolean clauseStart = k < 0 || afterQuote || CLAUSE_OPENER.contains(s.token(k).ptb())
                || s.token(k).text().equalsIgnoreCase("that");
        if (!clauseStart) {
            return false;
        }
        Token next = s.token(i + 1);
        // '“…,” Berg answers, …' or '“…” , Berg answers, …': a speech tag; not a list item ('Berg, Lind aides, and …')
        boolean speechTag = (afterQuote || k >= 1 && s.token(k).ptb().equals(",") && s.token(k - 1).ptb().equals("''"))
                && next.ptb().equals(",");
        return speechTag || PROPER_NAME_VERB_NEXT.contains(next.ptb()) || next.text().equalsIgnoreCase("that")
                || next.text().equalsIgnoreCase("about") || next.text().equalsIgnoreCase("to");
    }

    /** After a name's verb: an object (a determiner, a pronoun, a name), a quotation, or the end of the clause. */
    private static final Set<String> PROPER_NAME_VERB_NEXT = Set.of("DT", "PRP$", "PRP", "NNP", "NNPS", "``", ".", ":");

    /**
     * "Francis' remarks/VERB about …": a lower-case word right after an apostrophe-only possessive
     * ("Francis'", "voters'"), which the taggers read as a third-person verb; a possessor is
     * followed by what it possesses, so the word is a noun and the possessed noun cue is kept.
     */
    static boolean nounAfterPossessive(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || !t.is("VERB") || !(t.ptb().equals("VBZ") || t.ptb().startsWith("NN"))
                || !Character.isLowerCase(t.text().charAt(0)) || !t.text().endsWith("s")) {
            return false; // only the plural-looking noun a tagger can take for a third-person verb
        }
        Token owner = s.token(i - 1);
        String w = owner.text();
        return w.length() > 2 && (w.endsWith("s'") || w.endsWith("s’")) && owner.end() == t.begin() - 1
                && (owner.ptb().startsWith("NN") || owner.is("PROPN") || owner.is("NOUN"));
    }

    /**
     * "The mayor talks/NNS about …": a lone singular common noun after a clause-opening article,
     * right before the plural-looking word, is its subject, not the first half of a compound.
     */
    private static boolean nounSubject(Sentence s, int i) {
        Token noun = s.token(i - 1);
        if (i < 2 || !noun.is("NOUN") || !noun.ptb().equals("NN")) {
            return false;
        }
        String article = s.token(i - 2).text().toLowerCase(java.util.Locale.ROOT);
        return (article.equals("the") || article.equals("a") || article.equals("an"))
                && (i == 2 || CLAUSE_OPENER.contains(s.token(i - 3).ptb()) || s.token(i - 3).text().equalsIgnoreCase("that"));
    }

    /**
     * "by refusing/NOUN to admit", "in explaining/NOUN why", "…, noting/NOUN that": a gerund (by
     * the treebank tag) opening a clause or a preposition's object, with an object of its own
     * right after it, is a verb however the universal tagger read it.
     */
    static boolean gerundWithObject(Sentence s, int i) {
        Token t = s.token(i);
        if (!t.is("NOUN") || !t.ptb().equals("VBG") || !t.text().endsWith("ing") || i + 1 >= s.size()
                || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        String before = i == 0 ? "," : s.token(i - 1).ptb();
        return GERUND_OPENER.contains(before) && (GERUND_OBJECT.contains(s.token(i + 1).ptb())
                || s.token(i + 1).text().equalsIgnoreCase("that"));
    }

    /**
     * "…, argues/NOUN that …", "… and considers/NOUN him a rival": a third-person or past verb by
     * the treebank tag, right after a comma or a conjunction and before an object, that the
     * universal tagger read as a plural noun. (Not after "who"/"which": there the relative clause
     * inside a source phrase would be cut off.)
     */
    static boolean finiteVerbAfterComma(Sentence s, int i) {
        Token t = s.token(i);
        if (!(t.is("NOUN") || t.is("ADJ")) || !(t.ptb().equals("VBZ") || t.ptb().equals("VBD")) || i == 0
                || i + 1 >= s.size() || !Character.isLowerCase(t.text().charAt(0))) {
            return false;
        }
        Token next = s.token(i + 1);
        return COMMA_OPENER.contains(s.token(i - 1).ptb())
                && (GERUND_OBJECT.contains(next.ptb()) || next.text().equalsIgnoreCase("that"));
    }

    private static final Set<String> COMMA_OPENER = Set.of(",", "CC");

    private static final Set<String> GERUND_OPENER = Set.of("IN", ",", "TO", ":");
    /** What opens a gerund's object or clause: a determiner, a pronoun, a name, "to", "why" (and "that", by its text). */
    private static final Set<String> GERUND_OBJECT = Set.of("DT", "PRP$", "PRP", "NNP", "NNPS", "CD", "TO", "WRB",
            "WP", "``");

    /** The auxiliaries and modals: the only words the AUX tag fits. */
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "ought", "need", "dare", "get", "used", "'s", "’s", "'d", "’d",
            "'ll", "’ll", "'ve", "’ve", "'re", "’re", "'m", "’m", "wo", "ca", "sha", "is", "are", "was", "were", "has", "had",
            "did", "does", "am", "been", "being");

    /**
     * "…, donors/AUX said.": a plural common noun (by the treebank tag) that the universal tagger
     * calls an auxiliary, which only the closed class of auxiliaries and modals can be; the source
     * before a final speech tag is lost otherwise.
     */
    static boolean nounAsAuxiliary(Token t) {
        return t.is("AUX") && (t.ptb().equals("NNS") || t.ptb().equals("NN"))
                && !AUXILIARIES.contains(t.text().toLowerCase(java.util.Locale.ROOT))
                && !AUXILIARIES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** What comes before a clause-opening subject: a comma, a conjunction, an opening quote, a colon. */
    private static final Set<String> CLAUSE_OPENER = Set.of(",", "CC", "``", ":");
    /** What follows a verb: an object, a preposition or "to", an adverb, a clause. */
    private static final Set<String> AFTER_VERB = Set.of("DT", "PRP$", "PRP", "NNP", "NNPS", "CD", "NN", "NNS", "JJ",
            "TO", "IN", "RB", "WRB", "WP", "``");

    private static final Set<String> NAME_OR_PRONOUN = Set.of("NNP", "NNPS", "PRP", "WP", "WDT", "RB");
    /** What opens an object after a verb: a determiner, a pronoun, a name, a number. */
    private static final Set<String> OBJECT_START = Set.of("DT", "PRP$", "PRP", "NNP", "NNPS", "CD");

}
