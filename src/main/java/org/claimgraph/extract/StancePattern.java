package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.leftNP;
import static org.claimgraph.extract.Tokens.objectPhraseEnd;
import static org.claimgraph.extract.Tokens.subjectReport;
import static org.claimgraph.extract.VerbGroups.isVerbGroupWord;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * A stance adjective after a copula: "the mayor has been critical of the plan", "voters are
 * skeptical of free trade", "they're worried about the deficit". PolNeAR treats the stance as
 * an attribution of the subject: the cue runs from the copula through the adjective's
 * preposition and the content is the preposition's object. Only listed adjective–preposition
 * pairs count ("proud of", not "full of"), and only after a form of "be", "become" or "remain"
 * so that attributive uses ("a critical moment") never match.
 */
final class StancePattern {
    /** Stance adjectives with the prepositions that introduce what the stance is about. */
    private static final Map<String, Set<String>> ADJECTIVES = Map.ofEntries(
            Map.entry("critical", Set.of("of")),
            Map.entry("skeptical", Set.of("of", "about")),
            Map.entry("sceptical", Set.of("of", "about")),
            Map.entry("supportive", Set.of("of")),
            Map.entry("dismissive", Set.of("of")),
            Map.entry("wary", Set.of("of", "about")),
            Map.entry("suspicious", Set.of("of")),
            Map.entry("worried", Set.of("about", "over", "by")),
            Map.entry("concerned", Set.of("about", "over", "by")),
            Map.entry("nervous", Set.of("about")),
            Map.entry("anxious", Set.of("about")),
            Map.entry("angry", Set.of("about", "over", "at", "with")),
            Map.entry("upset", Set.of("about", "over", "with", "by")),
            Map.entry("furious", Set.of("about", "over", "at", "with")),
            Map.entry("unhappy", Set.of("about", "with")),
            Map.entry("frustrated", Set.of("with", "by", "about", "over")),
            Map.entry("disappointed", Set.of("in", "with", "by")),
            Map.entry("optimistic", Set.of("about")),
            Map.entry("pessimistic", Set.of("about")),
            Map.entry("hopeful", Set.of("about")),
            Map.entry("confident", Set.of("about", "in", "of")),
            Map.entry("proud", Set.of("of")),
            Map.entry("opposed", Set.of("to")),
            Map.entry("enthusiastic", Set.of("about")),
            Map.entry("outspoken", Set.of("about", "on", "against")),
            Map.entry("vocal", Set.of("about", "on", "in")),
            Map.entry("fond", Set.of("of")),
            Map.entry("enamored", Set.of("of", "with")),
            Map.entry("aware", Set.of("of")),
            // a group's opinions on an issue: "voters are evenly divided on whether …", "senators are split over the deal"
            Map.entry("divided", Set.of("on", "over")),
            Map.entry("split", Set.of("on", "over")),
            // a reaction to what someone did or said: "the union was pleased with the offer", "few were impressed by the plan"
            Map.entry("pleased", Set.of("with", "by")),
            Map.entry("impressed", Set.of("by", "with")),
            Map.entry("delighted", Set.of("by", "with")),
            Map.entry("thrilled", Set.of("with", "by")),
            Map.entry("startled", Set.of("by")),
            Map.entry("irritated", Set.of("by", "about", "with")),
            Map.entry("outraged", Set.of("by", "at", "over")),
            Map.entry("troubled", Set.of("by")),
            Map.entry("alarmed", Set.of("by", "at")),
            // how openly or hopefully someone speaks of a matter: "the mayor was upbeat about the talks"
            Map.entry("upbeat", Set.of("about")),
            Map.entry("sanguine", Set.of("about")),
            Map.entry("cynical", Set.of("about")),
            Map.entry("ambivalent", Set.of("about")),
            Map.entry("unapologetic", Set.of("about")),
            Map.entry("upfront", Set.of("about")),
            Map.entry("honest", Set.of("about")),
            Map.entry("candid", Set.of("about")),
            Map.entry("vague", Set.of("about", "on")),
            Map.entry("mum", Set.of("about", "on")),
            // commitment to or liking for a cause: "the group is dedicated to stopping the mine", "she is keen on the reform"
            Map.entry("dedicated", Set.of("to")),
            Map.entry("devoted", Set.of("to")),
            Map.entry("keen", Set.of("on")),
            Map.entry("bent", Set.of("on")),
            Map.entry("intent", Set.of("on")),
            Map.entry("appreciative", Set.of("of")),
            Map.entry("partial", Set.of("to")),
            // distrust or sympathy toward a side: "voters are leery of the deal", "the union is hostile to the plan",
            // "the board was lukewarm about the merger", "they were open about their talks"
            Map.entry("hostile", Set.of("to", "toward", "towards")),
            Map.entry("sympathetic", Set.of("to", "toward", "towards")),
            Map.entry("lukewarm", Set.of("on", "about", "toward")),
            Map.entry("leery", Set.of("of", "about")),
            Map.entry("distrustful", Set.of("of")),
            Map.entry("mistrustful", Set.of("of")),
            Map.entry("happy", Set.of("with", "about")),
            Map.entry("open", Set.of("about")),
            // a group still weighing a choice: "a fifth of the members were undecided about the merger"
            Map.entry("undecided", Set.of("on", "about")));
    /** Stance adjectives taking an infinitive: "the party is eager to tap …", "some remain reluctant to back …". */
    private static final Set<String> INFINITIVE_ADJECTIVES = Set.of("eager", "reluctant", "determined");
    /** Stance adjectives taking a clause: "they are convinced (that) …", "aides were hopeful that …". */
    private static final Set<String> CLAUSE_ADJECTIVES = Set.of("convinced", "hopeful", "confident", "optimistic",
            "pessimistic", "aware", "worried", "concerned", "upset", "skeptical", "sceptical", "adamant", "sure",
            "certain", "doubtful",
            // feelings about a state of affairs: "I am glad the council listened", "aides were frustrated that …"
            "glad", "thankful", "pleased", "frustrated", "disappointed", "shocked", "mystified");
    /**
     * Adjectives whose infinitive verb belongs to the cue: "aides were quick to point out that …",
     * "the senator was quick to embrace the plan". The adjective only says how readily the subject
     * took the stance; the verb is the act, and its object or clause is the content.
     */
    private static final Set<String> READINESS_ADJECTIVES = Set.of("quick");
    private static final Set<String> COPULAS = Set.of("be", "become", "remain", "grow", "appear", "seem");
    /**
     * Contracted "be" the lemmatizer leaves as written ("they're supportive of", "I'm proud of"); "'s"
     * before a stance adjective can only be "is" ("has" would need a participle).
     */
    private static final Set<String> CLITIC_BE = Set.of("'re", "'m", "'s");
    /** Clitics of a one-token contraction that stand for "be" before a stance adjective. */
    private static final Set<String> BE_CLITICS = Set.of("re", "m", "s");

    /** Whether token {@code i} is a listed stance adjective followed by one of its prepositions or its complement. */
    static boolean isCue(Sentence s, int i) {
        if (i + 2 >= s.size()) {
            return false;
        }
        return prepositional(s, i) || complement(s, i) > 0 || readinessVerbEnd(s, i) > 0;
    }

    /** After "quick to VERB" (with the verb's particle: "point out"), the token after the verb, or -1. */
    private static int readinessVerbEnd(Sentence s, int i) {
        if (!READINESS_ADJECTIVES.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                || !s.token(i + 1).text().equalsIgnoreCase("to") || !s.token(i + 2).is("VERB")) {
            return -1;
        }
        int end = i + 3;
        return end < s.size() && "RP".equals(s.token(end).ptb()) ? end + 1 : end;
    }

    /** A listed stance adjective followed by one of its prepositions ("critical of"). */
    private static boolean prepositional(Sentence s, int i) {
        Set<String> preps = ADJECTIVES.get(s.token(i).text().toLowerCase(Locale.ROOT));
        return preps != null && preps.contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Where the reported infinitive or clause after a stance adjective starts ("eager | to tap",
     * "convinced | that …", "hopeful | they can …"), or -1. On PolNeAR's train set these forms
     * after a copula are gold in most uses outside quotations and outside another report.
     */
    private static int complement(Sentence s, int i) {
        String adjective = s.token(i).text().toLowerCase(Locale.ROOT);
        Token next = s.token(i + 1);
        String word = next.text().toLowerCase(Locale.ROOT);
        if (INFINITIVE_ADJECTIVES.contains(adjective)) {
            return word.equals("to") && s.token(i + 2).is("VERB") ? i + 1 : -1;
        }
        if (!CLAUSE_ADJECTIVES.contains(adjective)) {
            return -1;
        }
        if (word.equals("that")) {
            return i + 1;
        }
        // a bare clause: a subject and then a finite verb within a few words ("hopeful the bill will pass")
        if (!(next.is("PRON") || next.is("DET") || next.is("PROPN") || next.is("NOUN"))) {
            return -1;
        }
        for (int k = i + 2; k < s.size() && k <= i + 6; k++) {
            Token t = s.token(k);
            if ((t.is("VERB") || t.is("AUX")) && Tokens.isFinite(t)) {
                return i + 1;
            }
            if (t.is("PUNCT") || t.is("ADP") || t.is("SCONJ")) {
                return -1;
            }
        }
        return -1;
    }

    Candidate find(String text, Sentence s, int i, boolean[] quoted) {
        if (quoted[i + 1] || quoted[i + 2]) {
            return null;
        }
        int group = i;
        boolean copula = false;
        while (group > 0 && !quoted[group - 1]) {
            Token t = s.token(group - 1);
            if (VerbGroups.contractedClitic(t) != null) {
                break; // "She’s" (tagged AUX at times) holds the subject: see below
            }
            boolean linking = COPULAS.contains(t.lemma().toLowerCase(Locale.ROOT)) && (t.is("AUX") || t.is("VERB"))
                    || t.is("AUX") && CLITIC_BE.contains(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
            if (!isVerbGroupWord(t) && !linking) {
                break;
            }
            copula |= linking;
            group--;
        }
        // "They’re supportive of", "She’s been critical of": the tokenizer keeps the pronoun and its
        // contracted "be"/"have" in one token; the pronoun is the subject, and the final cue edges
        // (VerbGroups.contraction) move the cue's start back to the apostrophe
        String clitic = group > 0 && !quoted[group - 1] ? VerbGroups.contractedClitic(s.token(group - 1)) : null;
        // only a personal pronoun's one-token contraction may open a stance ("They’re", not "It’s" or "That’s")
        boolean contracted = clitic != null
                && Tokens.PERSONAL_SUBJECTS.contains(Tokens.lower(s.token(group - 1)).split("’")[0]);
        copula |= contracted && BE_CLITICS.contains(clitic);
        if (!copula) {
            return null;
        }
        int[] subject = contracted ? new int[] {group - 1, group} : leftNP(s, group, quoted);
        if (subject == null || Tokens.allDateWords(s, subject)) {
            return null;
        }
        int verbEnd = readinessVerbEnd(s, i);
        if (verbEnd > 0) {
            // "X was quick to point out that Y": the cue runs through the verb; a that-clause or the object is the content
            if (verbEnd >= s.size() || quoted[verbEnd]) {
                return null;
            }
            int end = s.token(verbEnd).text().equalsIgnoreCase("that") ? SourcelessCue.clauseEnd(s, verbEnd)
                    : LightVerbPattern.withModifier(s, objectPhraseEnd(s, verbEnd));
            return subjectReport(text, s, subject, group, verbEnd, verbEnd, end,
                    s.token(i).text().toLowerCase(Locale.ROOT) + " to " + s.token(i + 2).lemma().toLowerCase(Locale.ROOT), 0.55);
        }
        int clause = complement(s, i);
        if (clause > 0 && !prepositional(s, i)) {
            // "X is eager to Y", "X is convinced that Y": the adjective ends the cue, the complement is the content
            return subjectReport(text, s, subject, group, i + 1, clause, SourcelessCue.clauseEnd(s, clause),
                    s.token(i).text().toLowerCase(Locale.ROOT), 0.55);
        }
        int contentStart = i + 2;
        // what the stance is about runs to the clause's end: "divided on whether …", "critical of the
        // plan the council passed", "alarmed at the focused attacks on her" (a participle the tagger
        // calls a verb does not end it, as it would end a verb's object)
        int contentEnd = SourcelessCue.clauseEnd(s, contentStart);
        return subjectReport(text, s, subject, group, i + 2, contentStart, contentEnd,
                s.token(i).text().toLowerCase(Locale.ROOT) + " " + s.token(i + 1).text().toLowerCase(Locale.ROOT), 0.55);
    }

}
