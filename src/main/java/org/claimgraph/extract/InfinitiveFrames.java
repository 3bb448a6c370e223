package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.isFinite;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Infinitive and clause frames that make a verb a cue only in context, used by {@link VerbalPattern}:
 * a wish after a modal ("would like to"), a belief before a clause ("feels that"), an aim before an
 * infinitive ("looks to", "pushed X to"), and the reporter of an infinitive whose subject is a
 * causative's object ("led many to worry") or the user of an occasion ("used his speech to call for").
 */
final class InfinitiveFrames {
    private InfinitiveFrames() {
    }

    /** Verbs of liking that report a wish after a conditional modal ("would like to", "'d love to"). */
    private static final Set<String> WISH_VERBS = Set.of("like", "love");

    /**
     * "X would like to Y", "what we'd like to see": plain "like"/"love" report nothing (a simile,
     * a taste), but after "would" and before an infinitive they state a wish, which PolNeAR marks
     * as a cue with the modal (12 of 55 uses on its train set, most others inside quotations).
     */
    static boolean modalWish(Sentence s, int i) {
        if (i == 0 || i + 2 >= s.size() || !WISH_VERBS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
                || !s.token(i).ptb().equals("VB") || !s.token(i + 1).text().equalsIgnoreCase("to")) {
            return false;
        }
        String modal = s.token(i - 1).text().toLowerCase(Locale.ROOT);
        return modal.equals("would") || modal.equals("'d") || modal.equals("’d");
    }

    /**
     * "X feels (that) Y will …": "feel" is no cue in the lexicon ("feel free", "feel the pain"),
     * but before "that" or a clause with its own finite verb it reports a belief (gold in about
     * three uses in four on PolNeAR's train set outside quotations); not after a causative ("make
     * them feel that …").
     */
    static boolean feelsThat(Sentence s, int i) {
        if (i == 0 || i + 2 >= s.size() || !s.token(i).lemma().equalsIgnoreCase("feel")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String l = s.token(k).lemma().toLowerCase(Locale.ROOT);
            if (l.equals("make") || l.equals("let") || l.equals("help")) {
                return false;
            }
        }
        Token next = s.token(i + 1);
        if (next.text().equalsIgnoreCase("that") && !s.token(i + 2).is("NOUN") && !s.token(i + 2).is("VERB")
                && !s.token(i + 2).is("AUX") && !s.token(i + 2).is("PUNCT")) {
            return true; // not "feel that way", "feel that pain"
        }
        if (!(next.is("PRON") || next.is("DET") || next.is("PROPN") || next.is("NOUN"))
                || next.text().equalsIgnoreCase("it") && i + 2 < s.size() && s.token(i + 2).is("PUNCT")) {
            return false;
        }
        for (int k = i + 2; k < s.size() && k <= i + 6; k++) {
            Token t = s.token(k);
            if ((t.is("VERB") || t.is("AUX")) && isFinite(t)) {
                return true;
            }
            if (t.is("PUNCT") || t.is("ADP") || t.is("SCONJ") || t.is("CCONJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "X is looking to Y", "X looks to build on …": "look" is no cue in the lexicon ("look at",
     * "looks strong"), but before "to" and a bare infinitive it states an aim like "seek to", which
     * an attribution corpus marks as a cue (about three uses in five outside quotations).
     */
    static boolean looksTo(Sentence s, int i) {
        // "X is pushing to repeal …" states the same kind of aim ("push for" is in the lexicon;
        // plain "push" is not: "pushed the vote back", "pushed the limits")
        return i > 0 && i + 3 < s.size() && AIM_TO.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
                && s.token(i + 1).text().equalsIgnoreCase("to") && s.token(i + 2).ptb().equals("VB")
                && !s.token(i + 2).lemma().equalsIgnoreCase("be"); // "looks to be weakening": a seeming
    }

    /**
     * "pushed the county to drop the fee", "is pushing fellow senators to reject the deal": "push"
     * with an object and a "to"-infinitive presses someone to act, as "urge" does (object frame);
     * the object is a short noun phrase without a verb, and the infinitive follows it.
     */
    static boolean pushesToInfinitive(Sentence s, int i) {
        if (i == 0 || !s.token(i).lemma().equalsIgnoreCase("push") || !s.token(i).is("VERB")) {
            return false;
        }
        for (int k = i + 1; k < s.size() - 1 && k <= i + 7; k++) {
            Token t = s.token(k);
            if (t.text().equalsIgnoreCase("to")) {
                return k > i + 1 && s.token(k + 1).ptb().equals("VB") && !s.token(k + 1).lemma().equalsIgnoreCase("be");
            }
            if (!(t.is("NOUN") || t.is("PROPN") || t.is("DET") || t.is("ADJ") || t.is("PRON") || t.is("NUM")
                    || t.is("CCONJ") || t.ptb().equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /** Verbs that state an aim before "to" and a bare infinitive, though no cue alone. */
    private static final Set<String> AIM_TO = Set.of("look", "push", "aim");

    /** Verbs that make their object do the infinitive's act ("led some to speculate", "prompted him to say"). */
    private static final Set<String> CAUSATIVES = Set.of("leave", "lead", "prompt", "cause", "force", "spur", "drive",
            "push", "compel", "inspire", "allow", "encourage", "enable");

    /**
     * "The delay left some to question whether …", "the vote led many islanders to worry that …": a
     * reporting infinitive whose subject is the object of a causative verb right before it. Only a
     * short noun phrase may stand between the causative and "to".
     */
    static int causedReporter(Sentence s, int group, boolean[] quoted) {
        if (group < 3 || quoted[group - 1] || !s.token(group - 1).text().equalsIgnoreCase("to")
                || !s.token(group - 1).is("PART")) {
            return -1;
        }
        for (int k = group - 3; k >= 0 && group - k <= 6; k--) {
            Token t = s.token(k + 1);
            if (quoted[k + 1] || !(t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.is("PROPN") || t.is("PRON")
                    || t.is("NUM"))) {
                return -1;
            }
            Token v = s.token(k);
            if (v.is("VERB") && CAUSATIVES.contains(v.lemma().toLowerCase(Locale.ROOT))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Words an object of "use" may hold before its purpose infinitive ("used his keynote speech at the summit to"). */
    private static final Set<String> USE_OBJECT_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "ADV");

    /**
     * The position of "use" in "X used his speech to call for …", "is using the hearing to press …",
     * where the reporting verb group starts at {@code group} after "to", or -1. The infinitive states
     * what X used the occasion for, so X is the source; a habitual "used to say" (no object) and a
     * passive "was used to justify" are no such frame.
     */
    static int purposeUse(Sentence s, int group, boolean[] quoted) {
        if (group < 3 || quoted[group - 1] || !s.token(group - 1).text().equalsIgnoreCase("to")
                || !s.token(group - 1).is("PART")) {
            return -1;
        }
        for (int k = group - 3; k >= 0 && group - k <= 10; k--) {
            Token t = s.token(k + 1);
            boolean possessive = t.is("PRON") && NounPhrases.POSSESSIVES.contains(t.text().toLowerCase(Locale.ROOT));
            if (quoted[k + 1] || !possessive && !t.ptb().equals("POS") && !USE_OBJECT_TAGS.contains(t.tag())) {
                return -1;
            }
            Token v = s.token(k);
            if (v.is("VERB") && v.lemma().equalsIgnoreCase("use")) {
                return k;
            }
        }
        return -1;
    }
}
