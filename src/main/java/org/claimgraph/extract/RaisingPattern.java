package org.claimgraph.extract;

import static org.claimgraph.extract.NounPhrases.*;
import static org.claimgraph.extract.QuotePatterns.*;
import static org.claimgraph.extract.Tokens.*;
import static org.claimgraph.extract.VerbGroups.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/** Sourceless attributions around a raising verb or a passive reporting verb. */
final class RaisingPattern {
    /** Verbs that raise the subject of their complement: "X seems to Y" is the writer's view of X. */
    static final Set<String> RAISING_VERBS = Set.of("seem", "appear");
    /**
     * Verbs of appearance that report the writer's impression only with a predicate ("X looks weak",
     * "X sounded like a winner"); their infinitive means an aim ("X looks to win"), not a view.
     */
    private static final Set<String> IMPRESSION_VERBS = Set.of("look", "sound");

    /** Passive verbs of judgement whose "as" complement is the reported view ("is seen as a favourite"). */
    private static final Set<String> AS_VERBS = Set.of("see", "view", "regard", "know", "describe", "consider",
            "perceive", "portray", "characterize", "deem");
    /**
     * Passive verbs of judgement outside the reporting lexicon whose "as" complement is a common view
     * ("is widely regarded as", "will be remembered as", "was billed as", "were identified as").
     */
    private static final Set<String> AS_PASSIVES = Set.of("regard", "perceive", "remember", "celebrate", "bill",
            "treat", "interpret", "mention", "identify");
    /** Of those, the ones taking a bare noun or adjective complement ("is considered a landmark"). */
    private static final Set<String> CONSIDER_VERBS = Set.of("consider", "deem");
    /**
     * Passive verbs of naming whose bare complement is the name or label given ("has been called
     * a visionary", "was dubbed "the iron lady""): a common view the writer reports without a source.
     */
    private static final Set<String> NAMING_VERBS = Set.of("call", "dub", "label", "brand");
    /** Tags that may open a naming complement: a noun phrase or an adjective. */
    private static final Set<String> NAME_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");
    /**
     * Passive verbs of declaring whose noun-phrase complement is the declared status ("was declared
     * the winner", "was projected as the winner"): PolNeAR takes them as sourceless cues (10 of 12
     * uses on its train set), the subject and the complement being the content.
     */
    private static final Set<String> DECLARE_VERBS = Set.of("declare", "announce", "project", "proclaim");
    /** Nouns that make "the/a …" after such a verb a time adjunct ("was announced the next day"), not a status. */
    private static final Set<String> TIME_NOUNS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "night", "morning", "afternoon", "evening", "time", "weekend");
    /** Tags after "to" that make it a preposition ("appeared to the court"), not an infinitive. */
    private static final Set<String> NOMINAL_TAGS = Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "PUNCT");
    /** Quotation marks that may open a name ("was dubbed "the iron lady""). */
    private static final Set<String> QUOTE_OPENERS = Set.of("\"", "“", "``", "'", "‘", "''");
    /** Words that make a clause the content of another report ("asked whether it seemed …"). */
    private static final Set<String> COMPLEMENTISERS = Set.of("if", "whether", "that");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "'s", "’s", "-");

    /** Words that open an indirect question after a passive "asked" ("was asked whether …"). */
    private static final Set<String> QUESTION_OPENERS = Set.of("if", "whether", "what", "why", "how", "who",
            "which", "where", "when");

    /**
     * Passives of news-making whose agentless use PolNeAR marks as a sourceless cue about the
     * subject ("was announced", "was not disclosed", "has been criticized", "was booed").
     */
    private static final Set<String> NEWS_PASSIVES = Set.of("announce", "reveal", "disclose", "criticize", "boo",
            "charge", "request", "debate", "challenge", "question", "approve", "confirm", "report", "nominate", "sign", "condemn", "denounce", "praise", "lambaste", "slam", "blast",
            "applaud", "blame", "argue", "name");

    /** Prepositions after a news passive that open what the news was about ("challenged over", "confirmed as"). */
    private static final Set<String> REASON_PREPOSITIONS = Set.of("for", "as", "over", "of", "about");

    /** Adverbs that may stand between a subject and a raising verb outside its verb group ("X now seems", "The two both seemed"). */
    private static final Set<String> SUBJECT_ADVERBS = Set.of("now", "too", "both", "all", "still", "then", "however",
            "meanwhile", "instead", "though", "alone");

    /** How many tokens back the first of two coordinated predicates may start. */
    private static final int MAX_FIRST_PREDICATE = 20;

    private final Lexicon lexicon;
    private final NounPhrases nps;

    RaisingPattern(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.nps = new NounPhrases(lexicon);
    }

    /**
     * Attributions without a source around a raising verb or a passive reporting verb: "X seems to
     * Y", "X appears weak", "X is expected to Y", "X was asked, "…"". PolNeAR takes the verb
     * group as the cue and the subject plus the complement as a two-piece content.
     */
    Candidate find(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted) {
        Token verb = s.token(i);
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        boolean impression = IMPRESSION_VERBS.contains(verb.lemma());
        boolean raisingVerb = RAISING_VERBS.contains(verb.lemma()) || impression;
        boolean reducedAs = !raisingVerb && reducedAs(s, group, i, quoted);
        boolean asPassive = !raisingVerb && AS_PASSIVES.contains(verb.lemma()) && i + 1 < s.size()
                && s.token(i + 1).text().equalsIgnoreCase("as") && (isPassive(s, group, i) || reducedAs);
        boolean passive = !raisingVerb && (isPassive(s, group, i) || reducedAs) && lexicon.verbCue(lemmaOf(verb)) != null
                || asPassive;
        if (!raisingVerb && !passive && NEWS_PASSIVES.contains(verb.lemma()) && isPassive(s, group, i)) {
            return newsPassive(text, s, group, i, quoted); // "was booed": no reporting verb of the lexicon
        }
        if (!raisingVerb && !passive || i + 1 >= s.size() || quoted[i + 1]) {
            Span quote = passive ? quoteStartingAfter(text, quotes, verb.end(), false) : null;
            return quote == null ? null : new Candidate(List.of(), null, List.of(tokens(s, group, i + 1)),
                    List.of(quote), verb.lemma(), true, 0.6);
        }
        Token next = s.token(i + 1);
        if (impression && !plainImpression(s, group, i)) {
            return null;
        }
        if (passive && aboutObject(s, i)) {
            // "X was asked about the audit": PolNeAR leaves the source empty; the topic is the content
            int end = i + 2;
            while (end < s.size() && !(isPunct(s.token(end)) && !QUOTE_MARKS.contains(s.token(end).text()))
                    && !s.token(end).is("SCONJ") && !(end > i + 2 && (s.token(end).is("VERB") || s.token(end).is("AUX")))) {
                end++;
            }
            Span topic = end > i + 2 ? trim(text, tokens(s, i + 2, end)) : null;
            return topic == null ? null : new Candidate(List.of(), null, List.of(tokens(s, group, i + 2)),
                    List.of(topic), verb.lemma(), false, 0.5);
        }
        if (passive && lemmaOf(verb).equals("ask") && QUESTION_OPENERS.contains(next.text().toLowerCase(Locale.ROOT))) {
            // "X was asked what happened": PolNeAR leaves the source empty and takes the indirect
            // question alone as the content (6 of 7 such passives on its train set are cues)
            Span question = trim(text, tokens(s, i + 1, Math.max(i + 2, SourcelessCue.clauseEnd(s, i + 2))));
            return question == null ? null : new Candidate(List.of(), null, List.of(tokens(s, group, i + 1)),
                    List.of(question), verb.lemma(), false, 0.5);
        }
        // "to" + a verb (the tagger sometimes mistags it), not "to" + a noun phrase ("appeared to the court").
        boolean infinitive = !impression && next.text().equalsIgnoreCase("to") && i + 2 < s.size()
                && !NOMINAL_TAGS.contains(s.token(i + 2).tag());
        boolean predicate = raisingVerb && (adjective(next) || predicative(s, i + 1)
                || !impression && (next.text().equalsIgnoreCase("that") || bareClause(s, group, i + 1)));
        String lemma = lemmaOf(verb);
        String nextWord = next.text().toLowerCase(Locale.ROOT);
        // "X is widely seen as Y", "X is considered a Y", "X is known for Y": the writer reports a common view
        boolean knownFor = passive && lemma.equals("know") && nextWord.equals("for") && i + 2 < s.size();
        boolean asComplement = asPassive || passive && AS_VERBS.contains(lemma) && (nextWord.equals("as")
                || CONSIDER_VERBS.contains(lemma) && (next.is("DET") || next.is("ADJ") || next.is("NOUN")))
                || passive && NAMING_VERBS.contains(lemma) && (NAME_TAGS.contains(next.tag()) || QUOTE_OPENERS.contains(nextWord)
                        || nextWord.equals("as") && !lemma.equals("call"))
                || passive && DECLARE_VERBS.contains(lemma) && declaredStatus(s, nextWord.equals("as") ? i + 2 : i + 1);
        if (!infinitive && !predicate && !knownFor && !asComplement) {
            return isPassive(s, group, i) && NEWS_PASSIVES.contains(lemma) ? newsPassive(text, s, group, i, quoted) : null;
        }
        // "looks like a winner": PolNeAR keeps "like" in the cue of an impression verb, as "as" in "known as"
        boolean likeCue = impression && nextWord.equals("like");
        List<Span> cue = List.of(tokens(s, group, knownFor || asPassive || likeCue ? i + 2 : i + 1));
        int restFrom = knownFor || asPassive || likeCue ? i + 2 : i + 1;
        boolean naming = passive && NAMING_VERBS.contains(lemma) && !nextWord.equals("as");
        boolean knownAs = passive && lemma.equals("know") && nextWord.equals("as") && i + 2 < s.size();
        int restEnd = naming ? nameEnd(s, restFrom) : knownAs ? nameEnd(s, i + 2)
                : Math.max(restFrom + 1, SourcelessCue.clauseEnd(s, restFrom));
        if (naming && (restEnd <= restFrom || allDateWords(s, new int[] {restFrom, restEnd}))) {
            return null; // "the race was called Tuesday": a time, not a name
        }
        Span rest = trim(text, tokens(s, restFrom, restEnd));
        if (rest == null) {
            return null;
        }
        int[] subject = subject(s, group, quoted);
        boolean dummyIt = subject != null && s.token(subject[0]).lemma().equals("it") && subject[1] - subject[0] == 1
                && !(infinitive && RAISING_VERBS.contains(verb.lemma())); // "it appeared to hold": a referring "it"
        if (subject == null || dummyIt) {
            // "It is expected to rise": the dummy subject stays out; only the complement is reported
            return predicate || infinitive ? new Candidate(List.of(), null, cue, List.of(rest), verb.lemma(), false, 0.5)
                    : null;
        }
        if (SUBJECT_PRONOUNS.contains(s.token(subject[0]).text().toLowerCase(Locale.ROOT)) && subject[1] - subject[0] == 1
                && !s.token(subject[0]).is("PRON")) {
            return null;
        }
        return new Candidate(List.of(), null, cue, List.of(tokens(s, subject[0], subject[1]), rest), verb.lemma(),
                false, 0.5);
    }

    /**
     * "The price was not disclosed", "X was booed", "it was revealed that Y", "X has been
     * criticized for Y": a news passive with no agent. PolNeAR takes it as a sourceless cue with
     * the subject as content, the "that" clause after a dummy "it", and a "for"/"as" reason
     * after "criticized" as a second piece. Not with an agent ("by X": {@link ReportedBy}) nor
     * an infinitive ("was revealed to be a hoax").
     */
    private Candidate newsPassive(String text, Sentence s, int group, int i, boolean[] quoted) {
        if (group > 0 && s.token(group - 1).text().equalsIgnoreCase("to")) {
            return null; // "to be announced": an infinitive, not a report
        }
        int next = i + 1;
        String after = next < s.size() ? s.token(next).text().toLowerCase(Locale.ROOT) : "";
        if (after.equals("by") || after.equals("to")) {
            return null;
        }
        List<Span> cue = List.of(tokens(s, group, i + 1));
        int[] subject = subject(s, group, quoted);
        if (subject == null) {
            return null;
        }
        boolean it = s.token(subject[0]).lemma().equals("it") && subject[1] - subject[0] == 1;
        if (it) {
            while (next < s.size() && next <= i + 4 && !s.token(next).text().equalsIgnoreCase("that")
                    && !isPunct(s.token(next))) {
                next++; // "it was revealed in March that …"
            }
            if (next >= s.size() || !s.token(next).text().equalsIgnoreCase("that")) {
                return null;
            }
            Span clause = trim(text, tokens(s, next, Math.max(next + 1, SourcelessCue.clauseEnd(s, next + 1))));
            return clause == null ? null : new Candidate(List.of(), null, cue, List.of(clause), s.token(i).lemma(), false, 0.5);
        }
        List<Span> content = new ArrayList<>();
        content.add(tokens(s, subject[0], subject[1]));
        if ((after.equals("for") || after.equals("as")) && s.token(i).lemma().equals("criticize")
                || after.equals("with") && s.token(i).lemma().equals("charge") // "was charged with fraud": the charge
                || REASON_PREPOSITIONS.contains(after) && !s.token(i).lemma().equals("criticize")
                        && !allDateWords(s, new int[] {next + 1, Math.max(next + 2, SourcelessCue.clauseEnd(s, next + 1))})) {
            // "was challenged over X", "was nominated for X", "was confirmed as X": the phrase
            // says what the news was about, so PolNeAR keeps it as a second content piece
            Span reason = trim(text, tokens(s, next, Math.max(next + 1, SourcelessCue.clauseEnd(s, next + 1))));
            if (reason != null) {
                content.add(reason);
            }
        }
        return new Candidate(List.of(), null, cue, content, s.token(i).lemma(), false, 0.5);
    }

    /**
     * The subject before the verb group as the first content piece: the NP right before it, or
     * one before an adverb outside the group ("Both houses now seem": the adverb stays with the
     * subject, as in PolNeAR), or a subject with an aside between commas ("X, which …, seems").
     */
    private int[] subject(Sentence s, int group, boolean[] quoted) {
        if (group > 0 && !quoted[group - 1] && s.token(group - 1).text().equalsIgnoreCase("what")) {
            return new int[] {group - 1, group}; // "what is known as X": the free relative is the subject
        }
        int[] np = leftNP(s, group, quoted);
        if (np != null || group < 2 || quoted[group - 1]) {
            return np;
        }
        Token before = s.token(group - 1);
        if (SUBJECT_ADVERBS.contains(before.text().toLowerCase(Locale.ROOT))) {
            int[] earlier = leftNP(s, group - 1, quoted);
            return earlier == null || s.token(earlier[0]).lemma().equals("it") ? null : new int[] {earlier[0], group};
        }
        if (before.is("CCONJ")) {
            return sharedSubject(s, group - 1, quoted);
        }
        if (before.text().equals("-") && isPunct(before)) {
            return leftNP(s, group - 1, quoted); // "some routes - seen as helpful -": the phrase before the dash
        }
        if (before.text().equals(",")) {
            int[][] apposition = nps.appositive(s, group - 1, quoted);
            if (apposition == null) {
                return null;
            }
            // "X, who sees himself as …, seems": the aside is a report of its own; only the head is the subject
            return reports(s, apposition[0][0], group) ? apposition[1] : new int[] {apposition[0][0], group};
        }
        return null;
    }

    /**
     * "X held a lead and appeared poised to win": the second of two coordinated predicates
     * shares the subject of the first, found before the nearest earlier verb group with no
     * punctuation in between. PolNeAR takes that subject alone as the first content piece.
     */
    private static int[] sharedSubject(Sentence s, int conjunction, boolean[] quoted) {
        for (int k = conjunction - 1; k > 0 && conjunction - k <= MAX_FIRST_PREDICATE; k--) {
            Token t = s.token(k);
            if (quoted[k] || isPunct(t) || t.is("SCONJ") || t.is("CCONJ") || t.ptb().startsWith("W")) {
                return null; // another clause or a relative one: not a plain first predicate
            }
            if ((t.is("VERB") || t.is("AUX")) && !isVerbGroupWord(s.token(k - 1)) && !s.token(k - 1).is("AUX")) {
                int[] np = leftNP(s, k, quoted);
                if (np != null) {
                    return np;
                }
            }
        }
        return null;
    }

    /** Whether tokens [from, to) hold a reporting verb of the lexicon. */
    private boolean reports(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).is("VERB") && lexicon.verbCue(lemmaOf(s.token(k))) != null) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of judgement whose bare participle after a noun reports a common view ("a state seen as critical"). */
    private static final Set<String> REDUCED_AS_VERBS = Set.of("see", "view", "regard", "perceive");

    /**
     * "a state seen as critical", "low prices, seen as a boon", "the judge, widely regarded as …": a
     * participle of judgement and "as" right after a noun phrase (or its comma, or a degree adverb
     * after either) is a reduced passive; PolNeAR takes it as a sourceless cue like "is seen as".
     */
    private static boolean reducedAs(Sentence s, int group, int i, boolean[] quoted) {
        if (!(group == i || group == i - 1 && s.token(group).is("ADV")) || !REDUCED_AS_VERBS.contains(s.token(i).lemma())
                || i + 1 >= s.size() || !s.token(i + 1).text().equalsIgnoreCase("as")) {
            return false;
        }
        int k = i - 1;
        if (k > 0 && s.token(k).is("ADV") && !quoted[k]) {
            k--; // "widely seen as"
        }
        if (k < 0 || quoted[k]) {
            return false;
        }
        Token before = s.token(k);
        String ptb = s.token(i).ptb();
        // the tagger calls "X, regarded as" a past tense now and then; after a comma it is still the participle
        return ptb.equals("VBN") && (before.is("NOUN") || before.is("PROPN") || before.text().equals(",") || before.text().equals("-"))
                || ptb.equals("VBD") && before.text().equals(",");
    }


    /**
     * Whether "look"/"sound" at {@code i} states the writer's impression: not under a modal, a
     * negation or "to" ("might sound strange", "doesn't look good": a hypothesis), not a bare
     * participle ("walked past looking puzzled"), not with a relative subject, and not "like" with
     * nothing after it ("what the plan looks like": the question of another report).
     */
    private static boolean plainImpression(Sentence s, int group, int i) {
        if (unreal(s, group, i) || group == i && s.token(i).ptb().equals("VBG")
                || group > 0 && Tokens.SUBJECT_RELATIVES.contains(s.token(group - 1).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (group == Tokens.firstWord(s) || group > 0 && s.token(group - 1).text().equalsIgnoreCase("it")) {
            return false; // "Sound familiar?", "it sounds good": a remark, not a view of someone
        }
        int[] subject = leftNP(s, group, new boolean[s.size()]);
        if (subject != null && subject[0] > 0 && s.token(subject[0] - 1).lemma().equals("make")) {
            return false; // "the vote made him look weak": an effect the writer states, not an impression
        }
        Token next = s.token(i + 1);
        if (next.text().equalsIgnoreCase("like")) {
            return i + 2 < s.size() && !isPunct(s.token(i + 2));
        }
        // an adjective, or a degree adverb and one ("looks much weaker"); a participle reads as a state ("looked set to")
        return predicateAdjective(s, i + 1)
                || next.is("ADV") && i + 2 < s.size() && predicateAdjective(s, i + 2);
    }

    /**
     * An adjective standing as the predicate, not one opening a noun phrase: "sirens sounded
     * several times" is a sound, not an impression.
     */
    private static boolean predicateAdjective(Sentence s, int a) {
        Token t = s.token(a);
        if (!adjective(t) || participle(t)) {
            return false;
        }
        if (a + 1 >= s.size()) {
            return true;
        }
        Token after = s.token(a + 1);
        return !(after.is("NOUN") || after.is("PROPN") || after.is("NUM"));
    }


    /**
     * A predicate after "seem"/"appear" besides a plain adjective: a degree adverb and an adjective
     * or participle ("seemed equally unperturbed"), a participle ("seemed rattled", "appeared
     * headed"), or "like"/"as if" ("seems like a comparable moment"). Not "appeared on/in …".
     */
    private static boolean predicative(Sentence s, int k) {
        Token t = s.token(k);
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (lower.equals("like") || lower.equals("as") && k + 1 < s.size() && s.token(k + 1).text().equalsIgnoreCase("if")) {
            return true;
        }
        if (t.is("ADV") && !t.ptb().startsWith("JJ") && k + 1 < s.size() && !s.token(k + 1).is("ADP")) {
            Token u = s.token(k + 1);
            return adjective(u) || participle(u);
        }
        return participle(t);
    }

    /**
     * An adjective by either tag set: the UD tagger sometimes calls a predicate adjective an adverb,
     * noun or verb ("appears weak", "seemed so stark", "seemed irritated") while its PTB tag says JJ.
     */
    private static boolean adjective(Token t) {
        return t.is("ADJ") || t.ptb().equals("JJ") || t.ptb().equals("JJR");
    }

    /**
     * Where a name after a naming passive ends: after its closing quotation mark when quoted, else
     * at the end of its noun phrase, before a preposition or conjunction that adds a reason or a
     * second predicate ("was called a traitor for …", "… and"), though not before "of" or a
     * capitalised word that continues a title ("the Mistake on the Lake").
     */
    private static int nameEnd(Sentence s, int from) {
        if (QUOTE_OPENERS.contains(s.token(from).text())) {
            int k = from + 1;
            while (k < s.size() && !CLOSERS.contains(s.token(k).text())) {
                k++;
            }
            return Math.min(s.size(), k + 1);
        }
        int end = objectPhraseEnd(s, from);
        for (int k = from + 1; k < end; k++) {
            Token t = s.token(k);
            boolean titleGoesOn = k + 1 < s.size() && Character.isUpperCase(s.token(k + 1).text().charAt(0));
            if (t.is("CCONJ") || t.is("ADP") && !t.text().equalsIgnoreCase("of") && !titleGoesOn) {
                return k;
            }
        }
        return end;
    }

    /** Marks that close a quoted name. */
    private static final Set<String> CLOSERS = Set.of("\"", "”", "''", "'", "’");

    /**
     * "it seems the plan has failed", "it appears he lost": a dummy "it", then a clause without
     * "that" — a subject (determiner, name, pronoun or noun) and a finite verb before the clause ends.
     */
    private static boolean bareClause(Sentence s, int group, int k) {
        if (group == 0 || !s.token(group - 1).text().equalsIgnoreCase("it")
                || group > 1 && COMPLEMENTISERS.contains(s.token(group - 2).text().toLowerCase(Locale.ROOT))) {
            return false; // "asked if it appeared he …": the question of another report
        }
        Token first = s.token(k);
        if (!(first.is("DET") || first.is("PROPN") || first.is("NOUN") || first.is("PRON"))
                || first.text().equalsIgnoreCase("it")) {
            return false;
        }
        int end = SourcelessCue.clauseEnd(s, k);
        for (int j = k + 1; j < end; j++) {
            if (isFinite(s.token(j))) {
                return true;
            }
        }
        return false;
    }

    /** "the/a/an" + a noun phrase that is not a time adjunct, from token {@code k}. */
    private static boolean declaredStatus(Sentence s, int k) {
        if (k + 1 >= s.size() || !ARTICLES.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            if (TIME_NOUNS.contains(s.token(j).text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean participle(Token t) {
        return (t.is("VERB") || t.is("ADJ")) && "VBN".equals(t.ptb());
    }

    /** A passive reporting verb followed by "about" + its topic ("was asked about", "were pressed about"), or "accused of". */
    private boolean aboutObject(Sentence s, int i) {
        String prep = s.token(i + 1).text().toLowerCase(Locale.ROOT);
        return i + 2 < s.size() && (prep.equals("about") || prep.equals("of") && lemmaOf(s.token(i)).equals("accuse"));
    }

    String lemmaOf(Token verb) {
        return lexicon.cueLemma(verb.lemma(), verb.text());
    }
}
