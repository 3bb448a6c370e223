package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.Tokens.PERSONAL_OBJECTS;
import static org.claimgraph.extract.Tokens.PERSONAL_SUBJECTS;
import static org.claimgraph.extract.Tokens.complementEnd;
import static org.claimgraph.extract.Tokens.isPunct;
import static org.claimgraph.extract.Tokens.objectPhraseEnd;
import static org.claimgraph.extract.Tokens.subjectReport;
import static org.claimgraph.extract.Tokens.tokens;
import static org.claimgraph.extract.Tokens.trim;
import static org.claimgraph.extract.VerbGroups.isVerbGroupWord;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * A light verb with a cue noun and its complement: "the senator voiced concerns about the plan",
 * "she has raised questions about the audit", "they made the case for a new tax", "he expressed
 * hope that …". The subject is the source; PolNeAR's cue runs from the verb group through the
 * noun and its linking preposition, and the content is the preposition's object or the
 * that-clause. Only a noun from a closed list after a light verb counts: "raised taxes on …" or
 * "made a trip to …" name no speech act.
 */
final class LightVerbPattern {
    /** Verbs that carry no meaning of their own before a speech-act noun. */
    private static final Set<String> LIGHT_VERBS = Set.of("raise", "voice", "express", "make", "issue", "renew",
            "level", "launch", "air", "pose", "offer", "share", "repeat", "reiterate", "lodge", "register", "signal",
            "step", "escalate", "intensify", "sharpen", "deliver", "give", "lend", "throw");
    /** Nouns naming a speech act or stance once a light verb introduces them. */
    private static final Set<String> CUE_NOUNS = Set.of("concern", "question", "doubt", "criticism", "support",
            "attack", "argument", "case", "complaint", "objection", "accusation", "allegation", "warning", "call",
            "demand", "praise", "opposition", "claim", "charge", "appeal", "plea", "confidence", "frustration",
            "anger", "displeasure", "skepticism", "scepticism", "outrage", "alarm", "hope", "fear", "reservation",
            "endorsement", "backing", "assurance", "promise", "pledge", "prediction", "defense", "defence",
            "condemnation", "disapproval", "approval", "dismay", "regret", "sympathy", "condolence", "condolences",
            "tribute", "rebuke", "critique", "assessment", "view", "remark", "comment", "statement", "suggestion",
            "threat", "vow", "point", "mention", "secret", "reference", "joke", "announcement", "observation",
            // "offered his thoughts on", "offered a preview of", "offer an opinion on": 9 in 9 on PolNeAR's train set
            "thought", "congratulations", "opinion", "forecast", "retort", "preview", "testimony", "response",
            "interest", "faith",
            // feelings voiced, speech acts given or offered: "expressed enthusiasm about", "voiced a wish
            // for", "delivered a tirade against", "gave a shout-out to", "offered an apology for"
            "enthusiasm", "wish", "tirade", "shout-out", "answer", "hint", "speech", "commitment", "apology",
            "explanation", "denial", "admission", "recommendation", "proposal", "testimonial", "insight");
    /**
     * Verbs that make a speech act only with their own nouns ("cast doubt on the figures"): kept
     * apart from the light verbs, "cast votes" or "cast a spell" name no stance.
     */
    private static final java.util.Map<String, Set<String>> OWN_NOUNS = java.util.Map.of(
            "cast", Set.of("doubt", "doubts", "aspersions", "suspicion", "blame"),
            "have", Set.of("praise", "words", "doubts", "concerns", "reservations", "misgivings", "criticism"),
            // "heaped praise on", "paid tribute to", "put forward a plan to"
            "heap", Set.of("praise", "criticism", "scorn", "blame", "abuse"),
            "pay", Set.of("tribute", "homage", "compliment", "compliments"),
            "put", Set.of("plan", "proposal", "proposals", "plans", "idea", "ideas", "case", "argument"));
    /** Stance nouns whose content follows "in" ("expressed interest in", "voiced confidence in"). */
    private static final Set<String> IN_NOUNS = Set.of("interest", "confidence", "faith");
    /** Cue nouns whose to-infinitive is the content ("gave a promise to repave", "issued a call to resign"). */
    private static final Set<String> TO_NOUNS = Set.of("promise", "pledge", "vow", "call", "threat", "warning",
            "demand", "appeal", "plea", "offer", "plan", "proposal");
    /** Verbs that restate an earlier act: "repeated his promise to …" reports with the verb, the promise its object. */
    private static final Set<String> RESTATING = Set.of("repeat", "reiterate", "renew");
    /**
     * Nouns that "take" turns into a speech act ("took issue with", "took a swipe at", "takes aim
     * at", "took credit for"): 21 reports in 30 on PolNeAR's train set. Kept apart from the other
     * light verbs: "took questions", "took the view" are no such idioms.
     */
    private static final Set<String> TAKE_NOUNS = Set.of("issue", "shot", "shots", "swipe", "swipes", "aim",
            "credit", "jab", "jabs", "potshot", "potshots",
            // "took a firm stance against", "has not taken a position on", "took a hard line on",
            // "took a dig at", "took exception to"
            "stance", "position", "stand", "line", "swing", "whack", "dig", "digs", "exception", "umbrage");
    /** Nouns that "sound" and "strike" turn into a stance ("sounded a cautious note about", "struck a hopeful tone"). */
    private static final Set<String> SOUND_NOUNS = Set.of("note", "alarm", "warning", "tone");
    /**
     * Nouns that "show" turns into a stance ("showed no sign of", "shows little interest in", "has
     * shown an inclination to"): 15 reports on PolNeAR's train set, none with the bare verb as cue.
     * Kept apart: "the poll shows support for" reports a finding, not a stance.
     */
    private static final Set<String> SHOW_NOUNS = Set.of("sign", "signs", "interest", "inclination", "respect",
            "understanding", "enthusiasm", "hint", "hints", "glimpse", "glimpses");
    /** The clause punctuation that ends a gerund or a relative clause. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", "—", "–", "(", ":", ".");
    /** Prepositions that link the noun to its content ("concerns about", "support for", "attacks on"). */
    private static final Set<String> LINKS = Set.of("about", "over", "for", "of", "on", "against", "to", "with", "at",
            "regarding");

    /** Links before an embedded question ("questions about whether …", "doubts over how …"). */
    private static final Set<String> QUESTION_LINKS = Set.of("about", "over", "on", "of");
    /** Words that open an embedded question. */
    private static final Set<String> WH_OPENERS = Set.of("whether", "how", "why", "what", "who", "when", "if");

    /** Nouns of backing whose object may follow "behind" ("threw her support behind the levy"). */
    private static final Set<String> BEHIND_NOUNS = Set.of("support", "backing", "endorsement");

    /** Whether a verb lemma is one this pattern knows: a light verb, a verb with its own nouns, take/sound/strike/show. */
    private static boolean lightVerbLemma(String w) {
        return LIGHT_VERBS.contains(w) || OWN_NOUNS.containsKey(w) || w.equals("take") || w.equals("sound")
                || w.equals("strike") || w.equals("show");
    }

    /** The cue noun's position after a light verb at {@code i}, or -1. */
    static int cueNoun(Sentence s, int i) {
        Token verb = s.token(i);
        // "heaped" → "heape" by the lemmatiser: the word's regular forms are tried against these verbs
        String verbLemma = Lexicon.knownLemma(verb.lemma().toLowerCase(Locale.ROOT), verb.text(),
                LightVerbPattern::lightVerbLemma);
        boolean take = verbLemma.equals("take");
        boolean sound = verbLemma.equals("sound") || verbLemma.equals("strike");
        boolean show = verbLemma.equals("show");
        Set<String> own = OWN_NOUNS.get(verbLemma);
        boolean light = LIGHT_VERBS.contains(verbLemma);
        if (!verb.is("VERB") || !take && !sound && !show && !light && own == null) {
            return -1;
        }
        int k = i + 1;
        if (k < s.size() && s.token(k).text().equalsIgnoreCase("up")) {
            k++; // "stepped up his attacks on"
        } else if (verbLemma.equals("put")) {
            if (k >= s.size() || !s.token(k).text().equalsIgnoreCase("forward")) {
                return -1; // only "put forward a plan": "put a plan" alone is no proposal
            }
            k++;
        }
        int limit = Math.min(s.size() - 1, k + 4);
        boolean indirect = false;
        for (; k < limit; k++) {
            Token t = s.token(k);
            if (!indirect && DITRANSITIVE.contains(verbLemma) && indirectObjectEnd(s, k) > k) {
                // "gave the mayor a ringing endorsement": the addressee stands before the cue noun's phrase
                indirect = true;
                int end = indirectObjectEnd(s, k);
                limit = Math.min(s.size() - 1, end + 4);
                k = end - 1;
                continue;
            }
            if (t.is("NOUN") && (t.ptb().startsWith("JJ") || t.ptb().equals("VBG")) && k + 1 < limit
                    && s.token(k + 1).is("NOUN") && !isCueNoun(verbLemma, t)) {
                continue; // "took a firm stance", "struck a conciliatory tone": the tagger calls the adjective (JJ) a noun
            }
            if (indirect && (t.is("NOUN") || t.is("ADJ")) && GIVEN_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return k; // "gave Berg the nod": nouns of backing count once an addressee stands before them
            }
            if (indirect && t.is("NOUN") && k + 1 < limit && s.token(k + 1).is("NOUN")) {
                continue; // "gave Berg a ringing endorsement": the tagger calls the modifier a noun
            }
            if (t.is("NOUN")) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                String form = t.text().toLowerCase(Locale.ROOT);
                if (take) {
                    return TAKE_NOUNS.contains(form) ? k : -1;
                }
                if (sound) {
                    return SOUND_NOUNS.contains(form) ? k : -1;
                }
                if (show) {
                    return SHOW_NOUNS.contains(form) ? k : -1;
                }
                if (own != null && (own.contains(form) || own.contains(lemma))) {
                    return k;
                }
                if (!light) {
                    return -1;
                }
                return CUE_NOUNS.contains(lemma) || CUE_NOUNS.contains(form)
                        || form.endsWith("s") && CUE_NOUNS.contains(form.substring(0, form.length() - 1)) ? k : -1;
            }
            if (own != null && own.contains(t.text().toLowerCase(Locale.ROOT))) {
                return k; // "paid tribute to": the tagger may call the noun an adjective
            }
            boolean modifier = t.is("DET") || t.is("ADJ") || t.is("NUM") || t.is("ADV")
                    || t.is("PRON") && NounPhrases.POSSESSIVES.contains(t.text().toLowerCase(Locale.ROOT));
            if (!modifier) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs whose addressee may stand bare before the cue noun ("gave the mayor a ringing endorsement"). */
    private static final Set<String> DITRANSITIVE = Set.of("give", "offer");
    /**
     * Nouns of backing given to someone, a report with no link after them ("gave Ann her full backing",
     * "gave the plan the nod"): the verb group is the cue, the noun's phrase the content.
     */
    private static final Set<String> GIVEN_NOUNS = Set.of("endorsement", "backing", "support", "nod", "blessing",
            "credit", "praise", "compliment", "assurance", "assurances", "warning", "answer", "advice");

    /** Whether the light verb at {@code i} gives a noun of backing to a bare addressee ("gave Ann her backing"). */
    private static boolean givenToAddressee(Sentence s, int i, int noun) {
        return DITRANSITIVE.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)) && indirectObjectEnd(s, i + 1) > 0
                && GIVEN_NOUNS.contains(s.token(noun).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The end of a bare indirect object opening at {@code k} ("the mayor", "Ann Berg", "him"), when a
     * second noun phrase follows it (a determiner or a possessive), or -1.
     */
    static int indirectObjectEnd(Sentence s, int k) {
        int j = k;
        Token first = s.token(j);
        if (first.is("PRON") && first.ptb().equals("PRP") && PERSONAL_OBJECTS.contains(first.text().toLowerCase(Locale.ROOT))
                && !first.text().equalsIgnoreCase("her")) {
            j++;
        } else {
            if (first.is("DET") && first.text().equalsIgnoreCase("the")) {
                j++;
            }
            int nouns = j;
            while (j < s.size() && j < k + 4 && (s.token(j).is("NOUN") || s.token(j).is("PROPN"))) {
                j++;
            }
            if (j == nouns) {
                return -1;
            }
        }
        if (j + 1 >= s.size()) {
            return -1;
        }
        Token next = s.token(j);
        String w = next.text().toLowerCase(Locale.ROOT);
        boolean opens = next.is("DET") && !w.equals("that") && !w.equals("this") && !w.equals("these")
                && !w.equals("those") || next.ptb().equals("PRP$");
        return opens ? j : -1;
    }

    /** Whether {@code t} is a cue noun for the verb of lemma {@code verbLemma}, in any of the verb's families. */
    private static boolean isCueNoun(String verbLemma, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String form = t.text().toLowerCase(Locale.ROOT);
        Set<String> own = OWN_NOUNS.get(verbLemma);
        return switch (verbLemma) {
            case "take" -> TAKE_NOUNS.contains(form);
            case "sound", "strike" -> SOUND_NOUNS.contains(form);
            case "show" -> SHOW_NOUNS.contains(form);
            default -> own != null && (own.contains(form) || own.contains(lemma))
                    || LIGHT_VERBS.contains(verbLemma) && (CUE_NOUNS.contains(lemma) || CUE_NOUNS.contains(form)
                    || form.endsWith("s") && CUE_NOUNS.contains(form.substring(0, form.length() - 1)));
        };
    }

    /** The noun-phrase rules that find an appositive subject ("X, a former Y, voiced …"). */
    private final NounPhrases nps;

    LightVerbPattern(NounPhrases nps) {
        this.nps = nps;
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        return find(text, s, i, quoted, null);
    }

    /**
     * As {@link #find(String, Sentence, int, boolean[])}, with the sentence's previous report to lend
     * its source to a gerund or coordinated light verb that has no subject of its own ("she praised
     * the plan while raising questions about its cost").
     */
    Candidate find(String text, Sentence s, int i, boolean[] quoted, Candidate previous) {
        int noun = cueNoun(s, i);
        if (noun < 0 || noun + 1 >= s.size() || quoted[noun + 1]
                || noun + 2 >= s.size() && !givenToAddressee(s, i, noun)) {
            return null;
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        if (VerbGroups.isPassive(s, group, i)) {
            return null; // "concerns were raised about …" names no one
        }
        if (group == i && group > 0 && !quoted[group - 1] && s.token(i).ptb().equals("VBG")
                && s.token(group - 1).is("VERB") && VerbGroups.ASPECT_VERBS.contains(s.token(group - 1).lemma())) {
            // "he started raising questions about …": the aspect verb opens the group, as for "started criticizing"
            group--;
            while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
                group--;
            }
        }
        int[] subject = leftNP(s, group, quoted);
        if (subject == null && group > 1 && s.token(group - 1).text().equals(",") && !quoted[group - 1]) {
            int[][] apposition = nps.appositive(s, group - 1, quoted);
            if (apposition != null) {
                // "The union leader, a former teacher, voiced support for …": the source keeps its appositive
                return subjectReportFrom(text, s, group, i, noun, quoted, apposition[0]);
            }
        }
        if (subject == null && previous != null && !previous.source().isEmpty() && VerbGroups.sharesSource(s, group)) {
            Candidate c = subjectReportFrom(text, s, group, i, noun, quoted);
            return c == null ? null : new Candidate(previous.source(), previous.sourceHead(), c.cue(), c.content(),
                    c.cueLemma(), false, 0.5);
        }
        // "the farmers, who had voiced concern over …": the relative pronoun is the source, as for
        // "who said"; "that"/"which" more often stand for a thing that "raised questions"
        if (subject == null || Tokens.allDateWords(s, subject)
                || Tokens.SUBJECT_RELATIVES.contains(s.token(subject[0]).text().toLowerCase(Locale.ROOT))
                && !s.token(subject[0]).text().equalsIgnoreCase("who")) {
            return null;
        }
        return subjectReportFrom(text, s, group, i, noun, quoted, subject);
    }

    /** The report with a placeholder source: the verb group's own tokens stand in until the caller lends one. */
    private static Candidate subjectReportFrom(String text, Sentence s, int group, int i, int noun, boolean[] quoted) {
        return subjectReportFrom(text, s, group, i, noun, quoted, new int[] {group, group + 1});
    }

    private static Candidate subjectReportFrom(String text, Sentence s, int group, int i, int noun, boolean[] quoted,
                                               int[] subject) {
        Token next = s.token(noun + 1);
        String link = next.text().toLowerCase(Locale.ROOT);
        int cueEnd;
        int contentStart;
        int contentEnd;
        int that = noun + 2 < s.size() ? thatAfterAddressee(s, noun, quoted) : -1;
        if (noun + 2 >= s.size() || givenToAddressee(s, i, noun)
                && (isPunct(next) && !link.equals(":") || next.is("ADP") && !LINKS.contains(link))) {
            // (not before a colon: "gave her a warm compliment: …" introduces the words themselves)
            // "gave the mayor a ringing endorsement.", "gave the plan the nod on Friday": the verb group is
            // the cue, the given noun's phrase (without the addressee) the content
            cueEnd = i + 1;
            contentStart = indirectObjectEnd(s, i + 1);
            contentEnd = noun + 1;
        } else if (that > 0) {
            // "made the case to the donors that …": the addressee is neither cue nor content
            cueEnd = noun + 1;
            contentStart = that;
            contentEnd = complementEnd(s, that + 1);
        } else if (link.equals("that") && !s.token(noun + 2).is("AUX") && !s.token(noun + 2).is("VERB")) {
            cueEnd = noun + 1;
            contentStart = noun + 1;
            contentEnd = complementEnd(s, noun + 2);
        } else if (link.equals("to") && TO_NOUNS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && !RESTATING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
                && (s.token(noun + 2).is("VERB") || s.token(noun + 2).is("AUX"))) {
            // "made a promise to repave the road": the infinitive is what was promised
            cueEnd = noun + 1;
            contentStart = noun + 1;
            contentEnd = complementEnd(s, noun + 2);
        } else if (QUESTION_LINKS.contains(link) && noun + 3 < s.size()
                && WH_OPENERS.contains(s.token(noun + 2).text().toLowerCase(Locale.ROOT))) {
            // "raised questions about whether the audit was fair": the tagger often calls "about"
            // a subordinator here; the wh-clause runs to the clause's end like a that-clause
            cueEnd = noun + 2;
            contentStart = noun + 2;
            contentEnd = complementEnd(s, noun + 3);
        } else if (next.is("ADP") && (LINKS.contains(link) || link.equals("in") && IN_NOUNS.contains(s.token(noun).lemma()) || link.equals("behind") && BEHIND_NOUNS.contains(s.token(noun).lemma()))) {
            cueEnd = noun + 2;
            contentStart = noun + 2;
            contentEnd = s.token(noun + 2).text().endsWith("ing") && s.token(noun + 2).is("VERB")
                    ? gerundEnd(s, noun + 2)
                    : loneObjectPronoun(s, noun + 2) ? noun + 3 : withModifier(s, objectPhraseEnd(s, noun + 2));
        } else {
            return null;
        }
        return subjectReport(text, s, subject, group, cueEnd, contentStart, contentEnd,
                s.token(i).lemma() + " " + s.token(noun).lemma(), 0.6);
    }



    /**
     * Whether the object at {@code k} is a personal pronoun standing alone: what follows it (a date,
     * another phrase, a relative clause on that phrase) is no part of it, unless a coordination
     * ("at him and his party") or a possessive use ("her plan", which the tagger marks PRP$) goes on.
     * Object pronouns (Tokens.PERSONAL_OBJECTS) are a whole content: "took a swing at him Thursday
     * in a debate that …" ends at "him".
     */
    private static boolean loneObjectPronoun(Sentence s, int k) {
        Token t = s.token(k);
        if (!t.is("PRON") || !t.ptb().equals("PRP") || !PERSONAL_OBJECTS.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (k + 1 >= s.size()) {
            return true;
        }
        Token after = s.token(k + 1);
        if (t.text().equalsIgnoreCase("her") && (after.is("NOUN") || after.is("ADJ") || after.is("PROPN") || after.is("NUM"))) {
            return false; // "took a shot at her Wall Street ties": the tagger may miss the possessive
        }
        String next = after.text().toLowerCase(Locale.ROOT);
        return !next.equals("and") && !next.equals("or") && !next.equals("nor");
    }

    /**
     * The "that" opening the content after an addressee or a time ("made the case to the
     * donors that …", "has been making the case for weeks that …"), or -1: a to/for phrase of a
     * few nominal words, then a "that" followed by a subject, not a verb (a relative clause).
     */
    private static int thatAfterAddressee(Sentence s, int noun, boolean[] quoted) {
        String link = s.token(noun + 1).text().toLowerCase(Locale.ROOT);
        if (!link.equals("to") && !link.equals("for")) {
            return -1;
        }
        for (int k = noun + 2; k < s.size() - 2 && k <= noun + 8 && !quoted[k]; k++) {
            Token t = s.token(k);
            if (t.text().equalsIgnoreCase("that") && k > noun + 2) {
                Token next = s.token(k + 1);
                return next.is("AUX") || next.is("VERB") || isPunct(next) ? -1 : k;
            }
            boolean nominal = t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.is("PROPN") || t.is("NUM")
                    || t.is("PRON") && !Tokens.SUBJECT_RELATIVES.contains(t.text().toLowerCase(Locale.ROOT));
            if (!nominal) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "showed no sign of stemming his seething fury toward the rival campaign, …": a gerund after the
     * link runs with its own object and adjuncts to the next clause punctuation (its words are often
     * mis-tagged as verbs, which would end a noun phrase too early).
     */
    private static int gerundEnd(Sentence s, int from) {
        int k = from + 1;
        while (k < s.size() && !(isPunct(s.token(k)) && CLAUSE_BREAKS.contains(s.token(k).text()))) {
            k++;
        }
        return k;
    }

    /**
     * A phrase that stopped at a verb one word too late: the word before the verb opens a clause that
     * belongs to the noun before it, an infinitive ("her willingness to | accept donations"), a relative
     * pronoun ("a system that | has failed") or a subject pronoun ("the things he | has tried": a
     * personal one, Tokens.PERSONAL_SUBJECTS, opens a reduced relative clause after a noun).
     */
    private static boolean clauseAfterNoun(Sentence s, int end) {
        if (end < 2 || end >= s.size() - 1 || !s.token(end).is("VERB") && !s.token(end).is("AUX")) {
            return false;
        }
        int opener = end - 1;
        if (s.token(opener).is("ADV") && opener > 1) {
            opener--; // "a system that mostly | favours …"
        }
        Token noun = s.token(opener - 1);
        if (!noun.is("NOUN") && !noun.is("PROPN")) {
            return false;
        }
        String w = s.token(opener).text().toLowerCase(Locale.ROOT);
        return w.equals("to") && opener == end - 1 && s.token(end).ptb().equals("VB")
                || Tokens.SUBJECT_RELATIVES.contains(w) || PERSONAL_SUBJECTS.contains(w);
    }

    /**
     * "voiced concerns about a provision that allows …", "took aim at a board created under the
     * law": a relative clause or reduced relative after the object noun belongs to the content, up
     * to the next clause punctuation.
     */
    /** The object phrase opening at {@code start} with its modifier clause, as a content span, or null. */
    static Span objectContent(String text, Sentence s, int start) {
        int end = withModifier(s, objectPhraseEnd(s, start));
        return end <= start ? null : trim(text, tokens(s, start, end));
    }

    static int withModifier(Sentence s, int end) {
        if (clauseAfterNoun(s, end)) {
            return gerundEnd(s, end);
        }
        if (end >= s.size() - 1 || end == 0 || !s.token(end - 1).is("NOUN") && !s.token(end - 1).is("PROPN")) {
            return end;
        }
        Token t = s.token(end);
        String lower = t.text().toLowerCase(Locale.ROOT);
        boolean relative = Tokens.SUBJECT_RELATIVES.contains(lower)
                || t.is("VERB") && (t.ptb().equals("VBN") || t.ptb().equals("VBG"));
        if (!relative) {
            return end;
        }
        return gerundEnd(s, end); // the same run to the next clause punctuation
    }
}
