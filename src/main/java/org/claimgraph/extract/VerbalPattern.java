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

/**
 * A reporting verb with its source and content: {@code X said (that) …}, the inverted form after a
 * quotation ({@code "…," said X}), quotations before, after or around the cue, the cue at the end
 * of its sentence ({@code …, X said.}), and a cue sharing the previous cue's source
 * ({@code X said … and added …}).
 */
final class VerbalPattern {
    private final Lexicon lexicon;
    private final NounPhrases nps;

    VerbalPattern(Lexicon lexicon, NounPhrases nps) {
        this.lexicon = lexicon;
        this.nps = nps;
    }

    /**
     * "Larsen Says He Will Run", "Mayor Tells Voters …": in a title-case headline the tagger often
     * takes a capitalised present-tense cue for a name; after a noun it is still the verb.
     */
    boolean isHeadlineCue(Sentence s, int i) {
        Token t = s.token(i);
        String text = t.text();
        if (i == 0 || t.is("VERB") || !(t.is("PROPN") || t.is("NOUN")) || text.length() < 4
                || !Character.isUpperCase(text.charAt(0)) || !text.endsWith("s")
                || !(s.token(i - 1).is("PROPN") || s.token(i - 1).is("NOUN")) || !Tokens.titleCase(s, 8)) {
            return false;
        }
        return lexicon.verbCue(lexicon.cueLemma(t.lemma(), text)) != null;
    }

    /** Verb forms the tagger often takes for nouns ("Bozell notes.", "Pew notes that …"). */
    private static final Set<String> NOUN_LOOKING = Set.of("notes", "noting", "responds");

    /**
     * "X notes that …", "…," Bozell notes.: a cue form tagged as a noun, right after a name or
     * pronoun and right before "that", a quotation or a clause mark, is still the verb.
     */
    boolean isMistaggedCue(Sentence s, int i) {
        Token t = s.token(i);
        if (i == 0 || i + 1 >= s.size() || t.is("VERB") || !NOUN_LOOKING.contains(t.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token before = s.token(i - 1);
        String next = s.token(i + 1).text().toLowerCase(Locale.ROOT);
        return (before.is("PROPN") || before.is("PRON") || before.is("NOUN"))
                && CUE_FOLLOWERS.contains(next);
    }

    /** Present-tense reporting verbs the tagger may take for plural nouns at the end of a speech tag. */
    private static final Set<String> TAG_END_FORMS = Set.of("states", "notes", "adds", "writes", "says", "explains",
            "argues", "recalls", "warns", "insists", "tells", "concludes", "observes");

    /**
     * "“…,” a voice-over in the ad states.": a reporting verb in "-s" the tagger calls a plural noun,
     * last word of a speech tag after a quotation that ends in a comma; the quotation and the
     * sentence end leave no room for a noun reading.
     */
    boolean isTagEndCue(Sentence s, int i) {
        Token t = s.token(i);
        if (t.is("VERB") || i < 3 || i + 2 != s.size() || !s.token(i + 1).text().equals(".")
                || !TAG_END_FORMS.contains(t.text())) {
            return false;
        }
        Token before = s.token(i - 1);
        if (!(before.is("PROPN") || before.is("PRON") || before.is("NOUN"))) {
            return false;
        }
        for (int k = i - 1; k >= 1 && i - k <= 8; k--) {
            if (Token.CLOSING_QUOTES.contains(s.token(k).text()) && s.token(k - 1).text().equals(",")) {
                return true;
            }
            if (isPunct(s.token(k)) && !s.token(k).text().equals("'s")) {
                return false;
            }
        }
        return false;
    }

    /** What follows a mistagged cue: "that", a quotation or a clause mark. */
    private static final Set<String> CUE_FOLLOWERS = Set.of("that", ",", ".", ":", "\"", "“", "``");


    /** Finite forms of the plain reporting verbs, which are verbs whatever their universal tag. */
    private static final Set<String> SAY_FORMS = Set.of("said", "says", "say", "told", "tells", "tell", "wrote",
            "writes", "write", "tweeted", "tweets");

    /**
     * "…, noting that …", "Viguerie notes that …", "Trump tweeted", "aides say he deserves": the
     * universal tagger sometimes calls a reporting verb a noun, particle, adposition or punctuation
     * while its treebank tag still says verb; the treebank tag is trusted. An auxiliary is trusted
     * only for the finite forms of the plain reporting verbs.
     */
    static boolean mistaggedVerb(Token t) {
        return !t.is("VERB") && MISTAG_PTB.contains(t.ptb()) && (!t.is("AUX") || mistaggedSay(t));
    }

    /** A finite form of a plain reporting verb ("said", "tweets") with any universal tag but VERB. */
    static boolean mistaggedSay(Token t) {
        return !t.is("VERB") && t.ptb().startsWith("VB") && !t.ptb().equals("VBG")
                && SAY_FORMS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** "That begs the question of …": the idiom raises a question, nobody begs anyone for anything. */
    private static boolean begsTheQuestion(Sentence s, int i, String lemma) {
        return lemma.equals("beg") && i + 2 < s.size() && s.token(i + 1).text().equalsIgnoreCase("the")
                && s.token(i + 2).text().equalsIgnoreCase("question");
    }

    private static final Set<String> MISTAG_PTB = Set.of("VBD", "VBZ", "VBG", "VBP", "VBN", "VB");

    boolean isCue(Sentence s, int i) {
        Token t = s.token(i);
        String lemma = lemmaOf(t);
        boolean cue = lexicon.verbCue(lemma) != null
                || (i + 1 < s.size() && lexicon.phrasalCue(lemma, s.token(i + 1).lemma()))
                || itParticle(s, i, lemma) > 0 || adverbParticle(s, i, lemma) > 0 || InfinitiveFrames.modalWish(s, i)
                || InfinitiveFrames.feelsThat(s, i) || InfinitiveFrames.looksTo(s, i)
                || InfinitiveFrames.pushesToInfinitive(s, i) || SpeechTags.tagOnlyLemma(s, i, lexicon) != null;
        if (!cue || begsTheQuestion(s, i, lemma)) {
            return false;
        }
        // "the announced pullbacks": a participle modifying a noun is not a reporting act.
        boolean afterDeterminer = i > 0 && (s.token(i - 1).is("DET") || s.token(i - 1).is("ADJ"));
        boolean beforeNoun = i + 1 < s.size() && s.token(i + 1).is("NOUN");
        return !(afterDeterminer && beforeNoun);
    }

    Candidate find(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted, Candidate previous) {
        List<Span> titles = titlesAfter(text, s, i, quotes, quoted);
        if (!titles.isEmpty()) {
            // "“…,” she said on “Morning Tide.”": a programme's or book's quoted name is part of
            // the adjunct, neither the content nor a quotation that stops the adjunct
            quotes = new ArrayList<>(quotes);
            quotes.removeAll(titles);
            quoted = quoted.clone();
            for (int k = i + 1; k < s.size(); k++) {
                Token t = s.token(k);
                if (titles.stream().anyMatch(q -> q.begin() <= t.begin() && t.end() <= q.end())) {
                    quoted[k] = false;
                }
            }
        }
        boolean[] subordinateLead = {false};
        Candidate found = findPattern(text, s, i, quotes, quoted, previous, subordinateLead);
        if (found == null && subordinateLead[0]) {
            // the clause after the cue gave no content either: the subordinate clause is the best guess
            found = findPattern(text, s, i, quotes, quoted, previous, null);
        }
        found = aboutAfterAddressee(s, i, found);
        if (found != null && found.direct()) {
            return found;
        }
        // "“…,” X, an adviser to Y, wrote after the report came out.": with a quotation and a bare
        // speech tag before the cue, the clause after it is the writer's scene, not the content.
        Candidate tagged = quotationThenTag(text, s, i, quotes, quoted);
        if (found != null && tagged != null && ("\"“'".indexOf(text.charAt(tagged.content().get(0).begin())) < 0
                || !endsLikeSpeech(text, tagged.content().get(0)))) {
            // "X has been “arbitrarily detained” by Y, the group says", "“…” income, he said": a
            // partial quotation, which the clause around it continues
            return found;
        }
        return tagged != null ? tagged : found;
    }

    /** Lower-case words a title may have ("Meet the Press", "Face the Nation", "Last Week Tonight"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("the", "of", "and", "a", "an", "in", "on", "at", "to",
            "for", "with", "is");

    /**
     * Quotations after the cue that name a programme, paper or book rather than quote speech
     * ("on “Meet the Press.”", "ABC’s “This Week”", "the program ''Inside Edition''", "his book,
     * ''A Son of the Island.''"): after a preposition, possessive or noun, at most six words, all
     * capitalised but for small words, and not ending in the comma, question or exclamation mark of
     * speech.
     */
    private static List<Span> titlesAfter(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted) {
        List<Span> titles = new ArrayList<>();
        for (Span q : quotes) {
            if (q.begin() < s.token(i).end() || q.end() > s.end()) {
                continue;
            }
            int open = s.tokenAtOrAfter(q.begin());
            if (open <= i + 1 || open >= s.size() || quoted[open - 1] || !titleLead(s, open - 1)) {
                continue;
            }
            int words = 0;
            boolean title = true;
            String last = "";
            for (int k = open; k < s.size() && s.token(k).end() <= q.end(); k++) {
                Token t = s.token(k);
                if (isWordy(t)) {
                    words++;
                    char c = t.text().charAt(0);
                    boolean small = TITLE_SMALL_WORDS.contains(t.text()) && words > 1;
                    title &= Character.isUpperCase(c) || Character.isDigit(c) || small;
                }
                if (!Token.CLOSING_QUOTES.contains(t.text()) && !t.text().equals("``") && !t.text().equals("“")) {
                    last = t.text();
                }
            }
            if (title && words >= 1 && words <= 6 && !last.equals(",") && !last.equals("?") && !last.equals("!")) {
                titles.add(q);
            }
        }
        return titles;
    }

    /** The word before a title: a preposition, a possessive, a noun, or a comma after a noun. */
    private static boolean titleLead(Sentence s, int k) {
        Token t = s.token(k);
        if (t.text().equals(",")) {
            return k > 0 && (s.token(k - 1).is("NOUN") || s.token(k - 1).is("PROPN"));
        }
        return t.is("ADP") || t.ptb().equals("POS") || t.is("NOUN") || t.is("PROPN");
    }

    /** The plain reporting verbs, for which a quotation before a long speech tag is taken as the content. */
    private static final Set<String> SAY_LEMMAS = Set.of("say", "tell", "write", "tweet");

    /** Words after which a verb belongs to a clause inside the speech tag ("X, who was …, told"). */
    private static final Set<String> TAG_CLAUSE_OPENERS = Set.of("who", "whom", "whose", "which", "that", ",");

    /**
     * "“…,” Ramos, 58, told AFP in an interview on Monday.", "“…,” columnist Ai Jun wrote in the
     * piece.": a say-family cue whose sentence opens with a quotation and a speech tag the subject
     * rules cannot parse (an age, a long apposition, a mistagged name) and whose rest is only an
     * addressee and adjuncts. The quotation is the content and the tag the source; a quotation
     * opening the next sentence goes on with it, as for the ordinary "“…,” X said." form.
     */
    private Candidate quotationThenTag(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted) {
        String lemma = lemmaOf(s.token(i));
        if (!SAY_LEMMAS.contains(lemma)) {
            return null;
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        if (group == 0 || isPassive(s, group, i) || s.token(i).text().endsWith("ing")) {
            return null;
        }
        Span quote = null;
        for (Span q : quotes) {
            if (q.end() <= s.token(group).begin() && q.end() > s.begin()) {
                quote = q;
            }
        }
        if (quote == null) {
            return null;
        }
        int first = s.tokenAtOrAfter(quote.end());
        while (first < group && isPunct(s.token(first))) {
            first++;
        }
        int last = group; // exclusive end of the tag, before a closing comma
        while (last > first && isPunct(s.token(last - 1))) {
            last--;
        }
        Token opener = s.token(first);
        if (last - first < 1 || group - first > 30 || Character.isLowerCase(opener.text().charAt(0))
                && (opener.is("ADP") || opener.is("ADV") || opener.is("CCONJ") || opener.is("SCONJ"))) {
            return null; // "“…” at the convention, he said": the clause goes on past the quotation
        }
        for (int k = first; k < last; k++) {
            Token t = s.token(k);
            String w = t.text();
            if (quoted[k] || w.equals(".") || w.equals(":") || w.equals(";") || w.equals("?") || w.equals("!")) {
                return null;
            }
            if ((t.is("VERB") || t.is("AUX")) && !insideTagClause(s, first, k)) {
                return null; // "“…” is what he said": a clause of its own, not a speech tag
            }
        }
        if (!restIsAdjunct(s, i + 1, quoted) && !(endsLikeSpeech(text, quote) && restIsNoComplement(s, i + 1, quoted))) {
            return null;
        }
        List<Span> content = new ArrayList<>();
        content.add(withLeadIn(text, s, quote));
        Span next = quoteStartingAfter(text, quotes, lastWordEnd(s), true);
        if (next != null && next.begin() > quote.end() && next.begin() >= s.end()) {
            content.add(next);
        }
        Span source = tokens(s, first, last);
        int comma = first;
        while (comma < last && !s.token(comma).text().equals(",")) {
            comma++;
        }
        Span head = comma < last ? tokens(s, first, comma) : source;
        return new Candidate(List.of(source), head, List.of(tokens(s, group, i + 1)), content, lemma, true, 0.8);
    }

    /** Subject pronouns that open a reported clause right after the cue ("said he would"). */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they", "it", "you");

    /**
     * "“…?” Berg said about the senator's effort to distance himself", "“…,” Larsen told a town
     * meeting being held in a school gym": after a whole quotation closed by a comma, question or
     * exclamation mark, the speech tag has its complement already; what follows the cue may hold
     * verbs of its own but is no second content unless it opens with a verb or subject pronoun, or
     * holds "that", a colon or another quotation.
     */
    private static boolean restIsNoComplement(Sentence s, int from, boolean[] quoted) {
        if (from >= s.size()) {
            return true;
        }
        Token first = s.token(from);
        if (first.is("VERB") || first.is("AUX") || SUBJECT_PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = from; k < s.size(); k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (quoted[k] || w.equals("that") || w.equals(":") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A whole quotation before its speech tag ends in a comma, question or exclamation mark
     * ("…,” X said); one without ("“…” income, he said") is a partial quotation.
     */
    private static boolean endsLikeSpeech(String text, Span quote) {
        int k = quote.end() - 1;
        while (k > quote.begin() && "\"'”’".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return ",?!".indexOf(text.charAt(k)) >= 0;
    }

    /** Whether the verb at {@code k} stands after a relative word or comma inside the speech tag. */
    private static boolean insideTagClause(Sentence s, int first, int k) {
        for (int j = k - 1; j > first; j--) {
            if (TAG_CLAUSE_OPENERS.contains(s.token(j).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Words opening the writer's scene after a speech tag ("said as confetti fell"). */
    static final Set<String> SCENE_OPENERS = Set.of("as", "when", "after", "before", "while");

    /**
     * Whether the words after the cue are only an addressee and adjuncts ("told AFP in an
     * interview on Monday", "said with a laugh", "said, referring to …", "said as confetti fell",
     * "said of the plan to …"):
     * no quotation, no "that" and no verb of a reported clause.
     */
    private static boolean restIsAdjunct(Sentence s, int from, boolean[] quoted) {
        if (from < s.size() && !quoted[from] && s.token(from).text().equalsIgnoreCase("of")) {
            return true; // "“…,” he said of the plan to accept …": the topic, not a second content
        }
        for (int k = from; k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (quoted[k] || w.equals("that") || w.equals(":")) {
                return false;
            }
            if (t.is("SCONJ") && !w.equals("if") && !w.equals("whether") || SCENE_OPENERS.contains(w)) {
                return true; // "…, X said as confetti fell": the writer's scene
            }
            if (w.equals(",") && k + 1 < s.size() && s.token(k + 1).ptb().equals("VBG")) {
                return true; // "…, X said, referring to Y"
            }
            // "said to applause", "to cheers": a noun the universal tagger calls a verb is no clause verb
            boolean treebankNoun = t.ptb().startsWith("NN");
            if ((t.is("VERB") || t.is("AUX")) && !treebankNoun && !(k > 0 && (s.token(k - 1).is("DET") || s.token(k - 1).is("ADJ")))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param subordinateLead when not null, a leading subordinate clause alone is not taken as the
     *     content; element 0 is set when that happened, so the caller may retry with null
     */
    private Candidate findPattern(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted, Candidate previous,
            boolean[] subordinateLead) {
        Token verb = s.token(i);
        int cueEnd = i + 1;
        String cueHead = lemmaOf(verb);
        String lemma = cueHead;
        if (i + 1 < s.size() && lexicon.phrasalCue(cueHead, s.token(i + 1).lemma())) {
            lemma = cueHead + " " + s.token(i + 1).lemma();
            cueEnd = i + 2;
            if (PARTICLES.contains(s.token(i + 1).lemma()) && cueEnd + 1 < s.size() && !quoted[cueEnd]
                    && PARTICLE_PREPOSITIONS.contains(s.token(cueEnd).text().toLowerCase(Locale.ROOT))) {
                cueEnd++; // "weighed in on", "spoke out against", "fired back at": the preposition opens the content
            } else if (s.token(i + 1).lemma().endsWith("self") || s.token(i + 1).lemma().endsWith("selves")) {
                if (cueEnd + 1 < s.size() && !quoted[cueEnd] && s.token(cueEnd).text().equalsIgnoreCase("from")) {
                    cueEnd++; // "distanced himself from": the reflexive cue keeps its preposition
                }
            }
        }
        String tagOnly = SpeechTags.tagOnlyLemma(s, i, lexicon);
        if (tagOnly != null && lexicon.verbCue(cueHead) == null && lemma.equals(cueHead)) {
            lemma = tagOnly;
            cueEnd = i + (tagOnly.indexOf(' ') > 0 ? 2 : 1);
        }
        int particle = adverbParticle(s, i, cueHead);
        if (particle > 0 && !quoted[particle]) {
            lemma = cueHead + " " + s.token(particle).lemma();
            cueEnd = particle + 1; // "spoke highly of", "talked at length about": the manner stays in the cue
        }
        if (itParticle(s, i, cueHead) > 0 && !quoted[i + 1] && !quoted[i + 2]) {
            lemma = cueHead + " " + s.token(i + 2).lemma();
            cueEnd = i + 3; // "made it clear that …": PolNeAR's cue keeps the dummy object
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && (isVerbGroupWord(s.token(group - 1)) || subjectThenNow(s, group - 1)
                || perfectHave(s, group - 1, i))
                && !clauseInitialQuantifier(s, group - 1)) {
            group--;
        }
        int aspect = aspectualBefore(s, group, quoted);
        if (aspect >= 0) {
            group = aspect; // "continues to say", "went on to tell": PolNeAR's cue spans both verbs
            while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
                group--;
            }
        }
        int caused = InfinitiveFrames.causedReporter(s, group, quoted);
        if (caused >= 0) {
            group--; // "leaving some to question whether …": "to" opens the cue, the object NP before it is the source
        }
        int user = InfinitiveFrames.purposeUse(s, group, quoted);
        if (user >= 0) {
            group = user; // "used his speech to call for …": PolNeAR's cue spans the whole purpose frame
            while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
                group--;
            }
        }
        if (isPassive(s, group, i)) {
            return null; // "was quoted", "is expected": the subject is not the source
        }
        if (notReporting(s, group, i, cueEnd, cueHead, lemma, quoted)
                || SpeechTags.TAG_ONLY.contains(lemma) && !SpeechTags.bareSpeechTag(text, s, group, cueEnd, quoted)) {
            return null; // "pressed the button", "went on for hours": only a speech tag reports
        }
        Lexicon.Frame frame = InfinitiveFrames.modalWish(s, i) || InfinitiveFrames.feelsThat(s, i)
                || InfinitiveFrames.looksTo(s, i) || SpeechTags.TAG_ONLY.contains(lemma) ? Lexicon.Frame.CLAUSE
                : InfinitiveFrames.pushesToInfinitive(s, i) ? Lexicon.Frame.OBJECT : lexicon.verbCue(cueHead);
        List<Span> cue = List.of(tokens(s, group, cueEnd));

        int[] subject = leftNP(s, group, quoted);
        if (subject != null && (aspect >= 0 && LEADING_CHOICE.contains(s.token(aspect).lemma())
                || InfinitiveFrames.looksTo(s, i) || InfinitiveFrames.pushesToInfinitive(s, i))
                && !animateSubject(s, subject)) {
            return null; // "the bias began to show", "a bulldozer pushed the mound to make room": no one reports
        }
        if (caused >= 0 && (subject == null || subject[0] < caused)) {
            subject = new int[] {caused, group}; // a bare "some" or "many" is no noun phrase to the chunker
        }
        int comma = group > 0 && s.token(group - 1).text().equals(",") ? group - 1 : -1;
        if (subject != null && (allDateWords(s, subject) || ChunkPhrases.channel(s, subject)) && subject[0] > 1
                && s.token(subject[0] - 1).is("ADP")) {
            subject = leftNP(s, subject[0] - 1, quoted); // "Lavrov on Wednesday described", "X in a statement said"
        } else if (subject != null && allDateWords(s, subject) && subjectBeforeTime(s, subject[0], quoted) != null) {
            subject = subjectBeforeTime(s, subject[0], quoted); // "Lee later Thursday told", "Lee on Friday evening said"
        } else if (subject != null && allDateWords(s, subject)) {
            comma = subject[0] > 0 && s.token(subject[0] - 1).text().equals(",") ? subject[0] - 1 : -1;
            subject = null; // "X, who …, last week said": the subject ends at the comma
        }
        if (subject == null) {
            subject = PollPattern.respondents(s, group, quoted); // "those surveyed say", "a poll released Monday found"
        }
        if (subject == null) {
            subject = subjectBeforeInterrupter(s, group, quoted); // "Carter however said", "Cruz himself said"
        }
        if (subject == null) {
            subject = treebankName(s, group, quoted); // "Henry tweeted": a name the universal tagger calls an adverb
        }
        if (subject == null && group > 0 && !quoted[group - 1] && s.token(group - 1).text().matches("\\d+(\\.\\d+)?%")
                && !s.token(group).text().endsWith("ing")) {
            subject = new int[] {group - 1, group}; // "42% say …": a tagged-as-pronoun share of respondents
        }
        // only for the plain reporting verbs: other cues after a relative clause or a conjunction are too
        // often inside a second clause ("those who said X was caring about Y")
        boolean plainSay = cueHead.equals("say") || cueHead.equals("tell");
        if (subject != null && subject[0] > 0 && plainSay
                && (s.token(subject[0] - 1).is("ADP") || s.token(subject[0] - 1).is("VERB"))
                && !s.token(subject[0]).ptb().startsWith("W")) { // "contradicted what X and Y said": a free relative
            // "… cares about the harbour and one in four said …": the words before "and" close the
            // object of the previous clause; only the conjunct after it is this cue's subject
            for (int k = subject[1] - 2; k > subject[0]; k--) {
                if (!quoted[k] && s.token(k).text().equalsIgnoreCase("and")) {
                    subject = new int[] {k + 1, subject[1]};
                    break;
                }
            }
        }
        int[] antecedent = !plainSay || subject == null || subject[1] - subject[0] == 1 && s.token(subject[0]).is("PRON") ? null
                : relativeAntecedent(s, subject[0], group, quoted);
        if (antecedent != null) {
            subject = new int[] {antecedent[0], group}; // "Residents who live near the plant said": not "the plant"
        }
        if (subject == null && plainSay && group >= 2 && !quoted[group - 1]
                && s.token(group - 1).ptb().equals("CD") && s.token(group - 1).text().matches("\\d{1,3}(,\\d{3})*")
                && (s.token(group - 2).text().equals(",") || s.token(group - 2).text().equalsIgnoreCase("and"))) {
            subject = new int[] {group - 1, group}; // "120 delegates have said …, 39 have said …": a bare count of the same people
        }
        int[] source = subject;
        int[] head = antecedent != null ? antecedent : subject;
        boolean inverted = false;
        int inversionEnd = -1; // "said X, who …, [“…”]": the clause may reach past the source to a quotation
        boolean openingTag = false; // "Said X, “…”": the sentence opens with the inverted tag
        if (subject == null && comma >= 0) {
            int[][] apposition = nps.appositive(s, comma, quoted);
            if (apposition != null) {
                source = apposition[0];
                head = apposition[1];
            }
        }
        int separator = comma >= 0 ? comma : group > 0 && DASHES.contains(s.token(group - 1).text()) ? group - 1 : -1;
        if ((source == null || source[0] > 0) && separator >= 0) {
            int[][] opening = openingSubject(s, separator, quoted);
            if (opening != null && (source == null || opening[0][0] < source[0])) {
                // "But X, chief of Y, a firm owned by Z, said": the apposition rules took the tail for the subject
                source = opening[0];
                head = opening[1];
            }
        }
        // A participle after a comma ("…, referring to X", "…, citing Y") continues the earlier
        // clause and shares its source; only a finite verb inverts ("…," said X).
        boolean participle = s.token(group).text().endsWith("ing");
        int asideEnd = quotedAsideEnd(s, group, quoted);
        if (source == null && !participle && asideEnd >= 0) {
            // "X, citing ''…,'' said", "X, the man known as “G,” stated": the aside's comma sits
            // inside the quotation that closes it, so the comma rules above never saw it.
            int[][] interrupted = subjectBeforeInterruption(s, asideEnd, quoted, true);
            if (interrupted != null) {
                source = interrupted[0];
                head = interrupted[1];
            }
        }
        if (source == null && !participle && (group == 0 || isPunct(s.token(group - 1)))) {
            int[] after = rightNP(s, cueEnd, quoted);
            if (after == null && group > 0) {
                after = SpeechTags.tagSource(s, cueEnd, quoted); // "…," tweeted another. / "…," said one Republican involved in …
            }
            int[] glued = after == null && group == 0 ? gluedName(s, cueEnd, quoted) : null;
            openingTag = (after != null || glued != null) && openingTag(text, s, group, after != null ? after : glued, quotes, quoted);
            if (openingTag && after == null) {
                after = glued;
            }
            if (openingTag || after != null && quoteEndingBefore(text, quotes, s.token(group).begin(), s) != null
                    || after != null && group > 0 && (s.token(group - 1).text().equals(",") || strayClose(s, group - 1, quoted))) {
                source = new int[] {after[0], nps.appositiveEnd(s, after[1], quoted)};
                inversionEnd = nps.inversionEnd(s, after[1], quoted);
                head = after;
                inverted = true;
            }
        }
        if (source == null && !participle && !s.token(i).text().endsWith("ing") && separator >= 0) {
            int[][] interrupted = subjectBeforeInterruption(s, separator, quoted, false);
            if (interrupted != null) {
                // "Levine, who has given money to Rubio, said", "Peña Nieto, contradicting Trump, said"
                source = interrupted[0];
                head = interrupted[1];
            }
        }
        if (participle && group == i && source != null && !inverted && objectPosition(s, source[0])) {
            // "Trump was heard on a microphone telling …", "X took a swipe at Y, saying …": the NP
            // before a participle is an object; the participle shares the main clause's subject.
            int[] main = mainSubject(s, group, quoted);
            if (main != null && main[1] <= source[0]) {
                source = main;
                head = main;
            }
        }
        List<Span> sourceSpans;
        Span sourceHead;
        if (source != null) {
            sourceSpans = List.of(tokens(s, source[0], source[1]));
            sourceHead = tokens(s, head[0], head[1]);
        } else if (previous != null && !previous.source().isEmpty() && sharesSource(s, group)) {
            sourceSpans = previous.source();
            sourceHead = previous.sourceHead();
        } else if ((subject = mainSubject(s, group, quoted)) != null) {
            sourceSpans = List.of(tokens(s, subject[0], subject[1]));
            sourceHead = sourceSpans.get(0);
        } else {
            return null;
        }

        // "…, Ann Berg, the former mayor, said": the comma before the cue closes the source's
        // apposition, so the clause starts at the source; only a shared source starts at the verb.
        int clauseStart = Math.min(s.token(group).begin(), sourceSpans.isEmpty()
                || sharesSource(s, group) && !(source != null && source[1] == group - 1)
                ? s.token(group).begin() : sourceSpans.get(0).begin());
        int clauseEndTok = inverted ? Math.max(source[1], inversionEnd) : cueEnd;
        double conf = inverted ? 0.85 : 0.9;

        // A quotation right before the clause: "…," X said [, "…"].
        Span before = participle || openingTag ? null : quoteEndingBefore(text, quotes, clauseStart, s);
        int tail = skipAdjuncts(s, clauseEndTok, quoted);
        while (before != null && tail < s.size() && tail > clauseEndTok && !quoted[tail] && s.token(tail).is("VERB")
                && s.token(tail).ptb().startsWith("NN") && s.token(tail - 1).is("PART")) {
            // "“…,” he asserted to reporters/VERB/NNS on Tuesday": after "to", a noun the universal
            // tagger calls a verb is the addressee, not a clause of the tag's own
            tail = skipAdjuncts(s, tail + 1, quoted);
        }
        if (before != null && !inverted && frame == Lexicon.Frame.OBJECT && tail > clauseEndTok && tail < s.size()
                && (quoted[tail] || asPhrase(s, clauseEndTok, tail)) && !startsAdjunct(s.token(clauseEndTok))) {
            // "…." He called it "a mistake" / She described it as …: the cue's own object and
            // quotation or "as" phrase follow it, so the quotation before (often the previous
            // paragraph's) is not its content.
            before = null;
        }
        if (before != null && !inverted && before.end() <= s.span().begin() && endsSentence(text, before)
                && !(tail == clauseEndTok && SpeechTags.asideAfterComma(s, tail, quoted))
                && (tail < s.size() && !(isPunct(s.token(tail)) && tail == s.size() - 1)
                    || frame != Lexicon.Frame.ADDRESSEE && !cueHead.equals("ask") && clauseEndTok < s.size()
                        && objectWord(s.token(clauseEndTok)))) {
            // "… that.” He added, “…” / “….” He argued the plan … / He called for a ban: a quotation
            // closing the previous sentence is not the content of a cue that has words of its own
            // after the adjuncts (PolNeAR-train gives the previous quotation to such a cue in about
            // one case of six). "“….” X said on Tuesday." keeps it.
            before = null;
        }
        if (before != null && !inverted && before.end() <= s.span().begin() && ownComplement(s, cueHead, cueEnd, clauseEndTok, tail)) {
            // "“….” X declined to comment." / "X did not respond to a request for comment.": the
            // cue's own infinitive or prepositional object is what it reports (a refusal), so the
            // previous paragraph's quotation is not its content.
            before = null;
        }
        if (before != null && !inverted && clauseEndTok < s.size() && !isPunct(s.token(clauseEndTok))
                && titleInFrontedAdjunct(s, before)) {
            // "In an interview with “Harbour Mornings,” the mayor pointed to the ferry": the quotation
            // names the scene of a fronted adjunct; the cue's own object right after it is the content
            before = null;
        }
        boolean plainTag = before != null && inverted && group == i && INVERTING.contains(cueHead)
                && (verb.ptb().equals("VBD") || verb.ptb().equals("VBZ"))
                && commaQuoteBefore(text, before, s.token(group).begin());
        boolean tailWord = tail < s.size() && !isPunct(s.token(tail)) && !opensAdjunctClause(s, tail)
                && !adjunctOnly(s, clauseEndTok, quoted);
        if (before != null && (!tailWord || plainTag)) {
            List<Span> content = new ArrayList<>();
            content.add(withLeadIn(text, s, before));
            int lastTok = Math.min(tail, s.size());
            if (plainTag && (tailWord || source[1] < s.size() && quoted[source[1]] && quoted[source[1] - 1])) {
                // "“…,” said X, a lawyer who has filed suits challenging Y": after a plain inverted
                // tag whose quotation closes on a comma, whatever follows the source describes it
                int end = describedSourceEnd(s, source[1], quoted);
                sourceSpans = List.of(tokens(s, source[0], end));
                lastTok = end;
            }
            Span after = quoteStartingAfter(text, quotes, s.token(lastTok - 1).end(), true);
            if (after == null && adjunctOnly(s, clauseEndTok, quoted)) {
                // "…," she said over breakfast on Tuesday. "…": the next sentence's quotation goes on
                after = quoteStartingAfter(text, quotes, lastWordEnd(s), true);
            }
            if (after != null && after.begin() > before.end()) {
                content.add(after);
            }
            return new Candidate(sourceSpans, sourceHead, cue, content, lemma, true, conf);
        }
        // X said: "…"  /  X told reporters, "…"
        Span after = quoteStartingAfter(text, quotes, s.token(Math.min(tail, s.size()) - 1).end(), false);
        if (after != null) {
            int quoteTok = s.tokenAtOrAfter(after.begin());
            int contentTok = inverted || frame == null || frame == Lexicon.Frame.ADDRESSEE ? quoteTok
                    : frame == Lexicon.Frame.OBJECT ? objectStart(s, cueEnd, quoteTok)
                    : clauseSubject(s, clauseEndTok, quoteTok);
            cue = extendCue(s, group, cueEnd, contentTok, inverted);
            Span content = contentTok < quoteTok ? new Span(s.token(contentTok).begin(), after.end()) : after;
            return new Candidate(sourceSpans, sourceHead, cue, List.of(withTail(text, s, content)), lemma, true, conf);
        }
        // …, X said.  /  …, said X.
        boolean clauseAtEnd = tail >= s.size() || s.token(tail).is("PUNCT") && tail == s.size() - 1;
        int firstClauseTok = s.tokenAtOrAfter(clauseStart);
        // "…, X said during a long meeting of the board on Tuesday.": a long adjunct after the cue
        // still leaves the leading clause as the content, when it is a clause.
        int firstTok = s.tokenAtOrAfter(clauseStart);
        boolean adjunctRest = !participle && clauseEndTok < s.size() && startsAdjunct(s.token(clauseEndTok))
                && adjunctOnly(s, clauseEndTok, quoted) && hasVerb(s, 0, firstTok)
                || !participle && !inverted && participleTail(s, clauseEndTok, quoted) && hasVerb(s, 0, firstTok)
                || !participle && reportingTail(s, clauseEndTok, quoted) && hasVerb(s, 0, firstTok)
                || !participle && !inverted && frame == Lexicon.Frame.ADDRESSEE && addresseeThenAdjunct(s, clauseEndTok, quoted)
                    && hasVerb(s, 0, firstTok);
        // "X, who backs Y, criticized the plan.": when the source itself runs up to that comma, the
        // words before it are the subject, not a leading clause
        boolean subjectBeforeComma = firstClauseTok > 1 && !sourceSpans.isEmpty()
                && sourceSpans.get(0).begin() < s.token(firstClauseTok - 1).begin();
        if ((clauseAtEnd && tail - clauseEndTok <= 4 || adjunctRest) && frame != null && !(participle && tail > clauseEndTok) && firstClauseTok > 1
                && (s.token(firstClauseTok - 1).text().equals(",") || strayClose(s, firstClauseTok - 1, quoted))
                && !subjectBeforeComma) {
            // "…, ” X said.": a closing mark whose opening the quotation finder did not pair ends the content with it
            Span content = strayClose(s, firstClauseTok - 1, quoted)
                    ? trim(text, new Span(s.begin(), s.token(firstClauseTok - 1).end()))
                    : trim(text, new Span(s.begin(), s.token(firstClauseTok - 1).begin()));
            int[] lead = {0, firstClauseTok - 1};
            // "In a speech last July, he said:", "With so thin a margin, she could have asked for a
            // recount": a fronted adjunct with no verb of its own is the scene, not a reported clause
            if (content != null && firstClauseTok - 1 >= 3 && !allDateWords(s, lead)
                    && hasClauseVerb(s, 0, firstClauseTok - 1) && (!s.token(0).ptb().equals("IN") || hasFiniteVerb(s, 0, firstClauseTok - 1))) {
                if (subordinateLead != null && subordinateOnly(s, firstClauseTok - 1)) {
                    subordinateLead[0] = true; // "While X …, Y opposed Z": the content follows the cue
                } else {
                    return new Candidate(sourceSpans, sourceHead, cue, List.of(content), lemma, false, conf - 0.05);
                }
            }
        }
        if (inverted) {
            return null;
        }
        // X said (that) …  /  X told Y (that) …
        int start = cueEnd;
        int that = findThat(s, cueEnd, quoted);
        if (that >= 0) {
            start = that;
        } else if (frame == null) {
            start = cueEnd; // phrasal cue: "called for" + object is the content
        }
        if (that < 0 && (frame == Lexicon.Frame.ADDRESSEE || cueHead.equals("ask") && lemma.equals("ask"))) {
            start = afterAddressee(s, start, quoted, frame != Lexicon.Frame.ADDRESSEE);
        }
        if (that < 0 && frame != null && start < s.size() && startsAdjunct(s.token(start))) {
            start = afterAdjunct(s, start, quoted); // "said in a statement on Monday, ..."
        }
        if (start < 0 || start >= s.size() || participleAfterComma(s, cueEnd, start)) {
            return null;
        }
        int contentEnd = Math.min(clauseEnd(s, start, quoted), coordinatedPredicate(s, i, start, quoted));
        if (sourceSpans.size() == 1 && nonRestrictiveRelative(s, sourceSpans.get(0), group)) {
            contentEnd = Math.min(contentEnd, relativeEnd(s, start, quoted));
        }
        int[] gap = that < 0 && source != null ? gapAntecedent(s, cueHead, source[0], start, quoted) : null;
        if (gap != null || that < 0 && relativeInfinitive(s, source, start)) {
            contentEnd = Math.min(contentEnd, gapClauseEnd(s, start, contentEnd));
        }
        Span content = trim(text, new Span(s.token(start).begin(), contentEnd));
        if (content == null || words(s, start) < 2) {
            return null;
        }
        if (that < 0 && frame == Lexicon.Frame.ADDRESSEE && !hasVerb(s, start, s.tokenAtOrAfter(content.end()))
                && quotes.stream().noneMatch(q -> q.overlaps(content))) {
            return null; // "told him about Cuban history", "told the delegates before the vote": no reported clause
        }
        if (that < 0 && frame != null && ADJUNCT_OPENERS.contains(s.token(start).text().toLowerCase(Locale.ROOT))
                && !hasClauseVerb(s, start, s.tokenAtOrAfter(content.end())) && quotes.stream().noneMatch(q -> q.overlaps(content))) {
            return null; // "said with a laugh", "suggested at the meeting": an adjunct, the content is elsewhere
        }
        boolean direct = quotes.stream().anyMatch(q -> q.contains(content));
        cue = extendCue(s, group, cueEnd, start, false);
        int clauseTok = sourceSpans.isEmpty() ? group : s.tokenAtOrAfter(clauseStart);
        Span lead = interruptedLead(text, s, clauseTok, cueEnd);
        if (lead == null) {
            lead = relativeLead(s, clauseTok);
        }
        if (lead == null && gap != null) {
            lead = tokens(s, gap[0], gap[1]);
        }
        List<Span> pieces = lead == null ? List.of(content) : List.of(lead, content);
        return new Candidate(sourceSpans, sourceHead, cue, pieces, lemma, direct, conf - 0.1);
    }

    /**
     * "…, she told the court in her filing.", "…, he told the paper in an interview.": a short
     * addressee and then nothing but an adjunct, so the clause before the tag is the content.
     */
    private static boolean addresseeThenAdjunct(Sentence s, int from, boolean[] quoted) {
        int k = from;
        while (k < s.size() && k - from < 5 && !quoted[k] && (s.token(k).is("DET") || s.token(k).is("ADJ")
                || s.token(k).is("NOUN") || s.token(k).is("PROPN") || s.token(k).is("NUM") || s.token(k).is("PRON")
                || s.token(k).text().equals("'s") || s.token(k).text().equals("’s"))) {
            k++;
        }
        return k > from && k < s.size() && !quoted[k] && startsAdjunct(s.token(k)) && adjunctOnly(s, k, quoted);
    }

    /**
     * "Residents who live near the plant said …", "Those who back her rivals say …", "The farmers
     * whose fields were flooded say …": the words right before the cue close a restrictive relative
     * clause, so the subject is the noun phrase the clause hangs on. Returns that antecedent noun
     * phrase, or null. The relative pronoun must follow it directly, the clause must have a verb
     * and no punctuation, and the antecedent must open its clause (not an object of another verb).
     */
    private static int[] relativeAntecedent(Sentence s, int from, int group, boolean[] quoted) {
        int r = -1;
        boolean verb = false;
        for (int k = from < group ? from : from - 1; k >= 1 && group - k <= 12; k--) {
            Token t = s.token(k);
            if (quoted[k] || isPunct(t) || t.is("CCONJ") || t.is("SCONJ") || t.ptb().equals("WRB")
                    || t.text().equalsIgnoreCase("that") && !t.ptb().equals("WDT")) {
                return null; // "the fact that none of them attacked", "when he yelled": another clause
            }
            String ptb = t.ptb();
            if (ptb.equals("WP") || ptb.equals("WP$") || ptb.equals("WDT")) {
                r = k;
                break;
            }
            verb |= t.is("VERB") || t.is("AUX");
        }
        for (int k = from; k < group && !verb; k++) {
            verb = s.token(k).is("VERB") || s.token(k).is("AUX");
        }
        if (r < 1 || !(verb || s.token(r).ptb().equals("WP$") && from < group)) {
            return null;
        }
        String pronoun = s.token(r).text().toLowerCase(Locale.ROOT);
        if (!(pronoun.equals("who") || pronoun.equals("whose") || pronoun.equals("that"))) {
            return null;
        }
        int[] np = leftNP(s, r, quoted);
        if (np == null && s.token(r - 1).text().equalsIgnoreCase("those")) {
            np = new int[] {r - 1, r}; // "those who back her say": the chunker leaves a lone pronoun out
            int[] of = r - 2 >= 1 && s.token(r - 2).text().equalsIgnoreCase("of") ? leftNP(s, r - 2, quoted) : null;
            if (of != null) {
                np = new int[] {of[0], r}; // "a third of those who …"
            }
        }
        if (np == null || np[1] != r) {
            return null;
        }
        if (np[0] > 0) {
            Token before = s.token(np[0] - 1);
            if (before.is("VERB") || before.is("AUX") || before.is("ADP")) {
                return null; // "She met residents who live near the plant": an object, not the subject
            }
        }
        return np;
    }

    /**
     * "Said/NNP Ann Berg": the chunker glues a capitalised opening verb into the name after it;
     * the name's tokens after the verb, or null.
     */
    private static int[] gluedName(Sentence s, int from, boolean[] quoted) {
        if (from >= s.size() || !s.token(from - 1).begins("NP") || s.token(from).begins("NP") || !s.token(from).inChunk("NP")) {
            return null;
        }
        int end = s.chunkEnd(from - 1);
        for (int k = from; k < end; k++) {
            if (quoted[k] || !s.token(k).ptb().startsWith("NNP")) {
                return null;
            }
        }
        return end > from ? new int[] {from, end} : null;
    }

    /**
     * "Said Ann Berg, who grew up there, “We …”", "Stated the mayor: “…”": a sentence that opens
     * with a capitalised plain reporting verb, its source after it, then a comma or colon and a
     * quotation, which is the content (not a quotation of the sentence before).
     */
    private boolean openingTag(String text, Sentence s, int group, int[] after, List<Span> quotes, boolean[] quoted) {
        Token verb = s.token(group);
        if (group != 0 || !Character.isUpperCase(verb.text().charAt(0)) || !INVERTING.contains(lemmaOf(verb))
                || verb.text().endsWith("ing") || quoted[group]) {
            return false;
        }
        int end = Math.max(after[1], nps.inversionEnd(s, after[1], quoted));
        if (end >= s.size() || !(s.token(end).text().equals(",") || s.token(end).text().equals(":"))) {
            return false;
        }
        Span quote = quoteStartingAfter(text, quotes, s.token(end).end(), true);
        return quote != null && text.substring(s.token(end).end(), quote.begin()).isBlank();
    }

    /**
     * The end of an inverted source whose rules stopped inside its description ("said X of Y, an
     * early voice in urging Z"): on to the sentence end or a comma before a participle
     * (", adding …"), through a short quoted title ("the authors of the “Plan,”").
     */
    private static int describedSourceEnd(Sentence s, int from, boolean[] quoted) {
        int k = from;
        while (k < s.size()) {
            if (quoted[k]) {
                int run = k;
                while (run < s.size() && quoted[run]) {
                    run++;
                }
                if (run - k > 8) {
                    break;
                }
                k = run;
                continue;
            }
            if (k + 1 < s.size() && (s.token(k).text().equals(",") || k > 0 && quoted[k - 1] && isPunct(s.token(k)))
                    && s.token(k + 1).text().endsWith("ing")) {
                break;
            }
            if (k + 1 < s.size() && quoted[k - 1] && s.token(k).text().endsWith("ing") && s.token(k - 1).text().length() == 1) {
                break; // "the “Plan,” giving …": the participle follows the title's closing mark
            }
            k++;
        }
        while (k > from && isPunct(s.token(k - 1)) && !quoted[k - 1]) {
            k--;
        }
        return k;
    }

    /**
     * A closing quotation mark after a comma that no found quotation covers ("…, ” said X." when
     * the opening mark was typed as a closing one): it ends a speech like a comma.
     */
    private static boolean strayClose(Sentence s, int k, boolean[] quoted) {
        return k >= 2 && !quoted[k] && Token.CLOSING_QUOTES.contains(s.token(k).text())
                && s.token(k - 1).text().equals(",") && !quoted[k - 1];
    }

    /** Intransitive speech-tag verbs: after "“…,” said X" nothing but the source's description follows. */
    private static final Set<String> INVERTING = Set.of("say", "write", "add", "tweet", "state", "recall", "explain",
            "note", "conclude", "insist", "continue", "argue");

    /** Whether {@code quote} ends in a comma and its closing mark, with only spaces up to {@code cueBegin}. */
    private static boolean commaQuoteBefore(String text, Span quote, int cueBegin) {
        if (quote.end() < 2 || quote.end() > cueBegin || !text.substring(quote.end(), cueBegin).isBlank()) {
            return false;
        }
        return text.charAt(quote.end() - 2) == ',' || quote.end() >= 3 && text.charAt(quote.end() - 3) == ',';
    }

    /**
     * Whether the cue is followed by its own complement before the adjuncts end: "to" and a base
     * verb ("declined to comment"), or, for a cue ending in its preposition ("did not respond to"),
     * a noun phrase ("a request for comment").
     */
    private static boolean ownComplement(Sentence s, String cueHead, int cueEnd, int clauseEndTok, int tail) {
        if (clauseEndTok != cueEnd || cueEnd + 1 >= s.size() || tail <= cueEnd + 1) {
            return false;
        }
        Token after = s.token(cueEnd + 1);
        if (!s.token(cueEnd).text().equalsIgnoreCase("to")) {
            return false;
        }
        return after.ptb().equals("VB") || REPLY_VERBS.contains(cueHead)
                && (after.is("DET") || after.is("NOUN") || after.is("PROPN") || after.is("ADJ") || after.is("NUM")
                    || after.ptb().equals("PRP$"));
    }

    /** Verbs whose "to" object is the request answered ("did not respond to a request for comment"). */
    private static final Set<String> REPLY_VERBS = Set.of("respond", "reply");

    /** A word that opens an object rather than an adjunct ("demanded a new quay", not "said on Tuesday"). */
    private static boolean objectWord(Token t) {
        return (t.is("DET") || t.is("NOUN") || t.is("PROPN") || t.is("ADJ") || t.is("NUM")) && !startsAdjunct(t);
    }

    /** Whether a quotation ends a sentence inside its closing marks ("… that." / "… now?"). */
    private static boolean endsSentence(String text, Span quote) {
        int k = quote.end() - 1;
        while (k > quote.begin() && "\"”’' ".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        char c = text.charAt(k);
        return k < quote.end() - 1 && (c == '.' || c == '?' || c == '!');
    }

    /** An "as" among the words from {@code from} up to and including {@code to}: "named X as its pick". */
    private static boolean asPhrase(Sentence s, int from, int to) {
        for (int k = from; k <= to && k < s.size(); k++) {
            if (s.token(k).text().equalsIgnoreCase("as")) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a relative or reduced clause inside a long apposition ("X, who …, said"). */
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that", "where", "when");

    /** Dashes that set off an apposition like commas ("X — a teacher from Y — says"). */
    private static final Set<String> DASHES = Set.of("—", "–", "--", "-");

    /** Sentence openers before the subject ("But X, …, said", "And yet X, …, said"). */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "still", "meanwhile", "however",
            "instead", "now", "then", "also");

    /**
     * The subject of a cue after a long apposition the comma-subject rules give up on ("X, the
     * director of Y, an agency that Z, said", "X, 69, a doctor, said", "X, meanwhile, who …,
     * said"): the sentence opens with a name NP and a comma, and everything up to the cue's comma
     * is apposition, i.e. no finite verb outside a relative clause; dashes may stand for the
     * commas ("X — who lost to Y — said"). Returns {source, head} or null.
     */
    private static int[][] openingSubject(Sentence s, int comma, boolean[] quoted) {
        int k0 = 0;
        while (k0 < comma && OPENERS.contains(s.token(k0).text().toLowerCase(Locale.ROOT))) {
            k0++;
        }
        if (k0 > 0 && k0 < comma && s.token(k0).text().equals(",")) {
            k0++; // "Meanwhile, X, …, said"
        }
        if (comma - k0 > 45 || comma - k0 < 4 || quoted[k0]) {
            return null;
        }
        int c1 = -1;
        for (int k = k0 + 1; k < comma; k++) {
            if (!quoted[k] && (s.token(k).text().equals(",") || DASHES.contains(s.token(k).text()))) {
                c1 = k;
                break;
            }
        }
        if (c1 < 0 || c1 + 1 >= comma) {
            return null;
        }
        int[] np = leftNP(s, c1, quoted);
        if (np == null || np[0] != k0 || !hasProperNoun(s, np[0], np[1])) {
            return null;
        }
        boolean relative = false; // inside a relative clause of the current comma segment
        for (int k = c1 + 1; k < comma; k++) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (quoted[k]) {
                continue;
            }
            if (lower.equals(";") || lower.equals(":") || t.is("SCONJ") && !RELATIVES.contains(lower)) {
                return null;
            }
            if (RELATIVES.contains(lower)) {
                relative = true;
            } else if (lower.equals(",") && relative && verblessSegmentEnd(s, k, comma, quoted) > 0) {
                k = verblessSegmentEnd(s, k, comma, quoted); // "whose firm, Tidal, builds boats": an apposition inside the relative
            } else if (lower.equals(",") || DASHES.contains(lower)) {
                relative = false;
            } else if ((t.is("VERB") || t.is("AUX")) && isFinite(t) && !relative) {
                return null; // "X, Y endorsed Z last week, saying": a clause of its own, not an apposition
            }
        }
        Token opener = s.token(c1 + 1);
        Token afterOpener = s.token(c1 + 2);
        if (opener.ptb().equals("VBG") && opener.text().endsWith("ing") && !opener.text().equalsIgnoreCase("including")
                && !(afterOpener.is("NOUN") || afterOpener.is("ADJ") || afterOpener.is("PROPN"))) {
            // not "X, acting director of Y, said" / "X, managing partner of Y, said": titles
            return new int[][] {np, np}; // "Trump, speaking at a rally in X, warned": PolNeAR leaves the participle out,
        }
        return new int[][] {{k0, comma}, np};
    }

    /**
     * The next comma after the comma at {@code k} and before {@code limit} when the words between
     * them hold no verb and at most four words (an apposition like ", Tidal,"); else -1.
     */
    private static int verblessSegmentEnd(Sentence s, int k, int limit, boolean[] quoted) {
        for (int j = k + 1; j < limit && j - k <= 5; j++) {
            Token t = s.token(j);
            if (quoted[j] || t.is("VERB") || t.is("AUX") || t.is("CCONJ") || RELATIVES.contains(t.text().toLowerCase(Locale.ROOT))) {
                return -1;
            }
            if (t.text().equals(",")) {
                return j > k + 1 ? j : -1;
            }
        }
        return -1;
    }

    /**
     * The subject before a comma- or dash-bounded interruption that ends at {@code separator}
     * anywhere in the sentence ("And a third, Daniel Traynor, said", "as Peña Nieto, contradicting
     * Trump, said", "Sanders, meanwhile, who sits at zero, said"): the NP before the opening mark,
     * with the interruption when it is an apposition or relative clause, without it when it is a
     * participle or adverb, which PolNeAR leaves out of the source. The interruption holds no
     * finite verb outside a relative clause. Returns {source, head} or null.
     */
    private int[][] subjectBeforeInterruption(Sentence s, int separator, boolean[] quoted, boolean quotedAside) {
        String mark = s.token(separator).text();
        boolean dash = DASHES.contains(mark);
        int open = separator - 1;
        while (open > 0 && separator - open <= 25) {
            String w = s.token(open).text();
            if (quoted[open] && quotedAside) {
                open--;
                continue; // the aside's own quotation: its commas are not the aside's bounds
            }
            if (quoted[open]) {
                return null;
            }
            if (dash ? DASHES.contains(w) : w.equals(",") || DASHES.contains(w)) {
                break;
            }
            open--;
        }
        if (open <= 0 || open + 1 >= separator || separator - open > 25 || quoted[open - 1]) {
            return null;
        }
        int[] np = leftNP(s, open, quoted);
        if (np == null || allDateWords(s, np) || s.token(np[0]).is("SCONJ")) {
            return null;
        }
        boolean relative = false;
        for (int k = open + 1; k < separator; k++) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (quoted[k] && quotedAside) {
                continue;
            }
            if (quoted[k] || lower.equals(";") || lower.equals(":")) {
                return null;
            }
            if (RELATIVES.contains(lower)) {
                relative = true;
            } else if ((t.is("VERB") || t.is("AUX")) && isFinite(t) && !relative) {
                return null; // "X did A, B said": a clause of its own
            }
        }
        Token opener = s.token(open + 1);
        if (quotedAside && opener.is("CCONJ")) {
            return null; // "X, but “…,” said Y": a coordinated clause, not an aside
        }
        boolean aside = opener.ptb().equals("VBG") || opener.is("ADV") || opener.is("ADP") || opener.is("SCONJ");
        // a quoted aside keeps its closing mark: "X, the man known as “G,”"
        return aside ? new int[][] {np, np} : new int[][] {{np[0], quotedAside ? separator + 1 : separator}, np};
    }

    /**
     * The closing mark right before the verb group at {@code group} when it ends a quotation whose
     * last word is a comma and which opens after a word of the sentence, as an aside's quotation
     * does ("X, citing ''…,'' said"; not "“…,” said X", whose quotation opens the clause); else -1.
     */
    private static int quotedAsideEnd(Sentence s, int group, boolean[] quoted) {
        int close = group - 1;
        if (close < 2 || !quoted[close] || !Token.CLOSING_QUOTES.contains(s.token(close).text())
                || !s.token(close - 1).text().equals(",")) {
            return -1;
        }
        int open = close;
        while (open > 0 && quoted[open - 1]) {
            open--;
        }
        if (open == 0 || close - open > 15 || isPunct(s.token(open - 1))) {
            return -1;
        }
        return close;
    }

    /**
     * A capitalised proper name by its treebank tags (NNP) right before the verb group and at the
     * start of its clause, when the universal tagger gave it another tag ("Henry/ADV tweeted").
     */
    private static int[] treebankName(Sentence s, int group, boolean[] quoted) {
        int k = group;
        while (k > 0 && !quoted[k - 1] && s.token(k - 1).ptb().startsWith("NNP")
                && Character.isUpperCase(s.token(k - 1).text().charAt(0))
                && s.token(k - 1).text().chars().allMatch(Character::isLetter) // not "He’s"
                && !DATE_WORDS.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k == group || group - k > 4) {
            return null;
        }
        boolean clauseStart = k == 0 || isPunct(s.token(k - 1)) || s.token(k - 1).is("CCONJ") || s.token(k - 1).is("SCONJ");
        return clauseStart ? new int[] {k, group} : null;
    }

    private static boolean hasProperNoun(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            // "Sanders/NOUN/NNS, a senator from …, said": a lone capitalised noun is a name the taggers missed
            if (t.is("PROPN") || t.ptb().startsWith("NN") && Character.isUpperCase(t.text().charAt(0)) && to - from == 1) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that stand between a subject and its verb without a comma ("Carter however said"). */
    private static final Set<String> INTERRUPTERS = Set.of("however", "meanwhile", "instead", "though", "too",
            "alone", "personally", "likewise", "similarly", "nonetheless", "nevertheless");

    /** Reflexives that emphasise the subject ("Cruz himself said"): they belong to the source. */
    private static final Set<String> EMPHATIC = Set.of("himself", "herself", "themselves", "itself", "myself",
            "ourselves");

    /** Words after "identify" that make it membership or finding ("identify as", "identified with", "identified by"). */
    private static final Set<String> IDENTIFY_LINKS = Set.of("as", "with", "by");

    /** The subject before an interrupting adverb or emphatic reflexive right before the verb group, or null. */
    private static int[] subjectBeforeInterrupter(Sentence s, int group, boolean[] quoted) {
        if (group < 2 || quoted[group - 1]) {
            return null;
        }
        String word = s.token(group - 1).text().toLowerCase(Locale.ROOT);
        boolean emphatic = EMPHATIC.contains(word);
        if (!emphatic && !INTERRUPTERS.contains(word)) {
            return null;
        }
        int[] np = leftNP(s, group - 1, quoted);
        if (np == null || allDateWords(s, np)) {
            return null;
        }
        return emphatic ? new int[] {np[0], group} : np;
    }

    /** Words of a time adverbial between a subject and its verb ("later Thursday", "on Friday evening"). */
    private static final Set<String> TIME_LEADERS = Set.of("later", "earlier", "late", "early", "on", "at", "this",
            "last", "next", "also", "then");

    /**
     * The subject NP before a time adverbial that splits it from the verb ("Lee later Thursday
     * told", "the mayor late Tuesday said"), or null: the adverbial is date words, numbers and
     * time leaders, and the NP before it is not itself a date nor after a comma's clause.
     */
    private static int[] subjectBeforeTime(Sentence s, int from, boolean[] quoted) {
        int k = from;
        while (k > 0 && !quoted[k - 1] && from - k < 4) {
            Token t = s.token(k - 1);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (!(DATE_WORDS.contains(lower) || t.is("NUM") || TIME_LEADERS.contains(lower))) {
                break;
            }
            k--;
        }
        if (k == 0 || isPunct(s.token(k - 1))) {
            return null;
        }
        int[] np = leftNP(s, k, quoted);
        return np == null || allDateWords(s, np) ? null : np;
    }

    /**
     * "which she has repeatedly said": the tagger sometimes takes the perfect's "has" for a main
     * verb; before the cue's past participle it is still the auxiliary.
     */
    private static boolean perfectHave(Sentence s, int k, int cue) {
        return s.token(k).is("VERB") && s.token(k).lemma().equals("have") && s.token(cue).ptb().equals("VBN")
                && (k + 1 == cue || s.token(k + 1).is("ADV"));
    }

    /** "…; most said", "and most say": a quantifier opening its clause is the subject, not an adverb. */
    private static boolean clauseInitialQuantifier(Sentence s, int k) {
        return NounPhrases.loneQuantifier(s, k) && NounPhrases.clauseStart(s, k);
    }

    /**
     * The particle of a phrasal cue after a dummy "it" ("made it clear that …", "makes it plain"),
     * as its position, or -1.
     */
    private int itParticle(Sentence s, int i, String lemma) {
        return i + 3 < s.size() && s.token(i + 1).text().equalsIgnoreCase("it")
                && lexicon.phrasalCue(lemma, s.token(i + 2).lemma()) && !s.token(i + 2).is("NOUN") ? i + 2 : -1;
    }

    /** Verbs of speaking whose manner adverb may stand before the preposition of their phrasal cue. */
    private static final Set<String> MANNER_PHRASALS = Set.of("speak", "talk");

    /**
     * The preposition of "spoke highly of", "talks openly about", "spoke at length about" as its
     * position, or -1: on PolNeAR's train set these report 20 times in 25, the adverb inside the cue.
     */
    private int adverbParticle(Sentence s, int i, String lemma) {
        int dated = timeParticle(s, i, lemma);
        if (dated > 0) {
            return dated;
        }
        if (!MANNER_PHRASALS.contains(lemma) || i + 3 >= s.size()) {
            return -1;
        }
        int k = i + 1;
        int addressed = addresseeThenAbout(s, k);
        if (addressed > 0) {
            return addressed;
        }
        if (s.token(k).text().equalsIgnoreCase("at") && s.token(k + 1).text().equalsIgnoreCase("length")) {
            k += 2;
        } else if (s.token(k).is("ADV") && !s.token(k).text().equalsIgnoreCase("not")) {
            k++;
        } else {
            return -1;
        }
        return k < s.size() - 1 && lexicon.phrasalCue(lemma, s.token(k).lemma()) ? k : -1;
    }

    /**
     * "She is talking to voters about schools": the verb group alone is the cue and "about …" opens
     * the content, the form an attribution corpus gives this shape most often; the addressee
     * between them belongs to neither.
     */
    private Candidate aboutAfterAddressee(Sentence s, int i, Candidate c) {
        if (c == null || c.direct() || c.content().size() != 1 || i + 3 >= s.size()
                || !MANNER_PHRASALS.contains(lemmaOf(s.token(i)))) {
            return c;
        }
        int about = addresseeThenAbout(s, i + 1);
        if (about < 0 || c.cue().size() != 1 || c.cue().get(0).end() != s.token(about).end()
                || c.content().get(0).begin() < s.token(about).end()) {
            return c;
        }
        Span cue = new Span(c.cue().get(0).begin(), s.token(i).end());
        Span content = new Span(s.token(about).begin(), c.content().get(0).end());
        return new Candidate(c.source(), c.sourceHead(), List.of(cue), List.of(content), c.cueLemma(), false,
                c.confidence());
    }

    /**
     * "talked to reporters about", "spoke with the mayor about": the position of "about" after a short
     * addressee phrase opened by "to"/"with" at {@code k}, or -1. The addressee stays in the cue, as an
     * attribution corpus marks it about half the time (the other half keeps "about" in the content).
     */
    private static int addresseeThenAbout(Sentence s, int k) {
        String lead = s.token(k).text().toLowerCase(Locale.ROOT);
        if (!lead.equals("to") && !lead.equals("with")) {
            return -1;
        }
        for (int j = k + 1; j < s.size() - 1 && j <= k + 6; j++) {
            Token t = s.token(j);
            if (t.text().equalsIgnoreCase("about")) {
                return j > k + 1 ? j : -1;
            }
            if (t.is("PUNCT") || t.is("SCONJ") || t.is("CCONJ") && j == k + 1 || t.is("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The preposition of a phrasal cue after a day name ("called Wednesday for", "pushed Monday
     * for") as its position, or -1: the news style puts the day between the verb and its
     * preposition, and PolNeAR's cue then spans all three words.
     */
    private int timeParticle(Sentence s, int i, String lemma) {
        int k = i + 1;
        while (k < s.size() && k - i <= 2 && (DATE_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT))
                || k > i + 1 && s.token(k).is("NUM"))) {
            k++;
        }
        return k > i + 1 && k < s.size() - 1 && lexicon.phrasalCue(lemma, s.token(k).lemma()) ? k : -1;
    }

    /** Wish verbs whose infinitive may leave its object in a relative clause ("what we want to see"). */
    private static final Set<String> GAP_VERBS = Set.of("want", "like", "love", "wish", "prefer");
    private static final Set<String> WH_GAPS = Set.of("what", "who", "whom", "whatever", "whoever");

    /**
     * The object a wish's infinitive leaves behind ("what we'd like to see", "anything she would
     * like to change", "the people the mayor wants to hire"): a wh-word or a noun phrase right
     * before the source, which PolNeAR makes the content's first piece. {start, end} or null.
     */
    private int[] gapAntecedent(Sentence s, String cueHead, int sourceStart, int start, boolean[] quoted) {
        if (!GAP_VERBS.contains(cueHead) || sourceStart == 0 || start + 1 >= s.size()
                || !s.token(start).text().equalsIgnoreCase("to") || quoted[sourceStart - 1]
                || RELATIVE_SOURCES.contains(s.token(sourceStart).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Token before = s.token(sourceStart - 1);
        if (WH_GAPS.contains(before.text().toLowerCase(Locale.ROOT))) {
            return new int[] {sourceStart - 1, sourceStart};
        }
        if (before.is("PRON") && before.text().toLowerCase(Locale.ROOT).matches("any.*|some.*|every.*|no.*")) {
            return new int[] {sourceStart - 1, sourceStart}; // "anything she would like to change"
        }
        if (!before.is("NOUN") || DATE_WORDS.contains(before.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int[] np = leftNP(s, sourceStart, quoted);
        return np == null || allDateWords(s, np) ? null : np;
    }

    private static final Set<String> RELATIVE_SOURCES = Set.of("who", "that", "which");

    /**
     * "the novice who wants to unseat X is reaping …": an infinitive content in a relative clause
     * whose pronoun is the source ends before the main clause's verb.
     */
    private static boolean relativeInfinitive(Sentence s, int[] source, int start) {
        return source != null && source[1] - source[0] == 1 && source[0] > 0
                && RELATIVE_SOURCES.contains(s.token(source[0]).text().toLowerCase(Locale.ROOT))
                && start + 1 < s.size() && s.token(start).text().equalsIgnoreCase("to") && s.token(start + 1).is("VERB");
    }

    /** The end of a gapped infinitive: the matrix clause's finite verb after it ("… to hire are engineers"). */
    private static int gapClauseEnd(Sentence s, int start, int contentEnd) {
        for (int k = start + 1; k < s.size() && s.token(k).begin() < contentEnd; k++) {
            // not the verb of an embedded clause ("… under a president who has struggled", "when they registered")
            if ((s.token(k).is("VERB") || s.token(k).is("AUX")) && isFinite(s.token(k)) && !s.token(k - 1).is("PRON")
                    && !RELATIVE_SOURCES.contains(s.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                return s.token(k - 1).end();
            }
        }
        return contentEnd;
    }

    /** Particles of phrasal cues that take their content through a preposition. */
    private static final Set<String> PARTICLES = Set.of("in", "out", "back", "off", "up", "down", "forward");

    private static final Set<String> PARTICLE_PREPOSITIONS = Set.of("on", "about", "against", "at", "for", "to",
            "with", "over");

    /** "Kaine now says": "now" between a subject and its verb is part of the verb group. */
    private static boolean subjectThenNow(Sentence s, int k) {
        return k > 0 && s.token(k).text().equalsIgnoreCase("now")
                && (s.token(k - 1).is("PROPN") || s.token(k - 1).is("NOUN") || s.token(k - 1).is("PRON"));
    }

    /** Verbs that also give a name as a participle after a noun. */
    private static final Set<String> NAMING = Set.of("call", "dub", "name", "title");

    /** Aspectual verbs that report only with a reporting verb after them ("continues to say"). */
    private static final Set<String> ASPECTUAL = Set.of("continue", "go on");


    /** Prepositions that open a manner, place or time adjunct rather than a reported content. */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "at", "with", "during", "after", "before");

    /**
     * Whether {@code quote} sits inside a fronted adjunct of this sentence ("In an interview with
     * “Harbour Mornings,” …", "Speaking to “Pier Talk,” …"): the sentence opens with a preposition
     * of place or time or with a participle, and words with no verb of their own come before the
     * quotation.
     */
    private static boolean titleInFrontedAdjunct(Sentence s, Span quote) {
        if (quote.begin() <= s.begin() || quote.end() > s.end()) {
            return false;
        }
        int first = Tokens.firstWord(s);
        int quoteTok = s.tokenAtOrAfter(quote.begin());
        if (first >= s.size() || quoteTok - first < 2) {
            return false;
        }
        Token opener = s.token(first);
        // "During the inquiry, X admitted that …" before the quotation: a clause, not a scene
        return (ADJUNCT_OPENERS.contains(opener.text().toLowerCase(Locale.ROOT)) || opener.ptb().equals("VBG"))
                && !hasClauseVerb(s, first + 1, quoteTok);
    }

    /** Verbs of choosing and aiming before a reporting infinitive: only people and groups choose or fail to say. */
    private static final Set<String> LEADING_CHOICE = Set.of("choose", "struggle", "fail", "hesitate", "decide",
            "attempt", "manage", "rush", "move", "begin", "start", "need");

    /** Verbs whose "to"-infinitive continues the same act ("continue", "try", the choice verbs): the cue starts at them. */
    private static boolean leadingAspect(String lemma) {
        return lemma.equals("continue") || lemma.equals("try") || LEADING_CHOICE.contains(lemma);
    }

    /** Common-noun heads that name people or bodies of people, who can choose, aim or fail to speak. */
    private static final Set<String> ANIMATE_HEADS = Set.of("people", "person", "man", "woman", "men", "women",
            "official", "leader", "lawmaker", "legislator", "politician", "voter", "resident", "citizen", "member",
            "senator", "president", "governor", "mayor", "minister", "candidate", "supporter", "critic", "opponent",
            "activist", "worker", "employee", "union", "group", "party", "company", "firm", "business", "corporation",
            "government", "administration", "committee", "council", "campaign", "agency", "department", "ministry",
            "court", "judge", "jury", "board", "team", "state", "city", "country", "nation", "police", "officer",
            "chief", "director", "spokesman", "spokeswoman", "spokesperson", "executive", "organization",
            "organisation", "lawyer", "attorney", "prosecutor", "investigator", "expert", "analyst", "economist",
            "scientist", "researcher", "child", "kid", "parent", "family", "student", "teacher", "doctor", "owner",
            "customer", "immigrant", "protester", "rebel", "force", "troop", "army", "military", "regime",
            "authority", "opposition", "legislature", "congress", "senate", "house", "parliament", "cabinet",
            "bank", "industry", "lobby", "coalition", "alliance", "movement", "network", "establishment",
            "democrat", "republican", "conservative", "liberal", "progressive", "delegate", "donor", "staff",
            "aide", "adviser", "advisor", "secretary", "representative", "rep", "negotiator", "diplomat", "envoy",
            "administrator", "manager", "founder", "host", "reporter", "journalist", "writer", "author", "editor",
            "media", "press", "newspaper", "paper", "outlet", "station", "channel", "side", "camp", "crowd",
            "public", "electorate", "base", "player", "coach", "fan", "user", "consumer", "patient", "victim",
            "suspect", "defendant", "plaintiff", "witness", "father", "mother", "son", "daughter", "wife",
            "husband", "friend", "neighbor", "neighbour", "colleague", "partner", "ally", "rival", "challenger",
            "incumbent", "nominee", "contender", "frontrunner", "front-runner", "insider",
            "regulator", "lender", "investor", "trader", "buyer", "seller", "landlord", "tenant", "farmer",
            "association", "federation", "institute", "foundation", "university", "school", "hospital",
            "office", "bureau", "commission", "panel", "caucus", "gop", "white", "fbi", "cia", "pentagon",
            "elite", "community", "dozen", "hundred", "thousand", "million", "some", "many", "most", "few", "other", "others", "all");

    /**
     * A subject that can choose or aim: a person, group, organisation, personal pronoun or name;
     * not an inanimate common noun ("this argument fails to persuade") nor a relative "which".
     */
    private static boolean animateSubject(Sentence s, int[] subject) {
        int end = subject[1];
        for (int k = subject[0] + 1; k < subject[1]; k++) {
            if (s.token(k).is("ADP")) {
                end = k; // "many of the hard-liners in the field": the head comes before the preposition
                break;
            }
        }
        Token last = s.token(end - 1);
        String word = last.text().toLowerCase(Locale.ROOT);
        if (word.equals("which") || word.equals("that") || word.equals("this") || word.equals("it")) {
            return false; // "…, which aims to oust …", "It is moving to …": a thing or an event
        }
        if (!last.is("NOUN") || Character.isUpperCase(last.text().charAt(0))) {
            return true; // names, personal pronouns, numbers: left to the other rules
        }
        String lemma = last.lemma().toLowerCase(Locale.ROOT);
        return ANIMATE_HEADS.contains(lemma) || ANIMATE_HEADS.contains(word) || lemma.endsWith("er")
                || lemma.endsWith("or") || lemma.endsWith("ist") || lemma.endsWith("ian") || lemma.endsWith("ant")
                || lemma.endsWith("ent");
    }

    /** Adjectives of readiness whose "to"-infinitive has the subject of "be" as its own. */
    private static final Set<String> READY_ADJECTIVES = Set.of("quick", "able", "unable", "likely", "unlikely",
            "eager", "willing", "unwilling", "ready", "reluctant", "inclined", "careful", "happy");

    /**
     * "the delegates needed to claim the nomination": a past participle right after a noun, with
     * no auxiliary, modifies the noun; its infinitive reports nothing.
     */
    private static boolean reducedRelative(Sentence s, int verb) {
        return verb > 0 && s.token(verb).ptb().equals("VBN")
                && (s.token(verb - 1).is("NOUN") || s.token(verb - 1).is("PROPN") || s.token(verb - 1).is("NUM"));
    }

    /** The start of "continue to" / "went on to" / "tried to" right before a verb group, or -1. */
    private static int aspectualBefore(Sentence s, int group, boolean[] quoted) {
        if (group >= 1 && !quoted[group - 1] && s.token(group).ptb().equals("VBG")
                && VerbGroups.ASPECT_VERBS.contains(s.token(group - 1).lemma()) && s.token(group - 1).is("VERB")
                && !ASPECTUAL.contains(s.token(group - 1).lemma())) {
            // "began saying", "kept insisting": the gerund's subject is the aspect verb's ("continued
            // calling" is left to VerbGroups.cueEdges: "continue" is a cue of its own here)
            return group - 1;
        }
        if (group < 2 || quoted[group - 1] || !s.token(group - 1).text().equalsIgnoreCase("to")) {
            return -1;
        }
        Token verb = s.token(group - 2);
        if (leadingAspect(verb.lemma()) && (verb.is("VERB") || verb.is("AUX")) && !reducedRelative(s, group - 2)) {
            return group - 2;
        }
        if (group >= 3 && READY_ADJECTIVES.contains(verb.text().toLowerCase(Locale.ROOT)) && verb.is("ADJ")
                && (s.token(group - 3).is("AUX") || isVerbGroupWord(s.token(group - 3)))) {
            return group - 2; // "is quick to point out", "were more likely to want": the adjective's subject
        }
        if (group >= 3 && verb.text().equalsIgnoreCase("not") && !quoted[group - 2]) {
            // "is choosing not to respond", "tried not to say": the negated infinitive
            Token negated = s.token(group - 3);
            if (leadingAspect(negated.lemma()) && (negated.is("VERB") || negated.is("AUX"))) {
                return group - 3;
            }
        }
        if (group >= 3 && verb.text().equalsIgnoreCase("on") && s.token(group - 3).lemma().equals("go")) {
            return group - 3;
        }
        return -1;
    }

    /**
     * Uses of a cue word that report nothing: an aspectual verb before a non-reporting infinitive
     * ("continues to grow", "went on to win"), a naming participle after a noun ("a group called
     * X"), the idiom "That said, …" and "say" as "for example" (", say, …").
     */
    private boolean notReporting(Sentence s, int group, int i, int cueEnd, String cueHead, String lemma,
            boolean[] quoted) {
        if ((ASPECTUAL.contains(cueHead) || ASPECTUAL.contains(lemma)) && cueEnd + 1 < s.size()
                && s.token(cueEnd).text().equalsIgnoreCase("to") && s.token(cueEnd + 1).is("VERB")) {
            return true; // a reporting infinitive is found at its own verb, with this one in its cue
        }
        if (NAMING.contains(cueHead) && lemma.equals(cueHead) && group == i && i > 0 && s.token(i - 1).is("NOUN")
                && s.token(i).ptb().equals("VBN")) {
            return true; // "a group called Citizens for X", "a move dubbed Y": a name, not a report
        }
        if (cueHead.equals("name") && lemma.equals(cueHead) && (s.token(i).text().endsWith("ing")
                || i > 0 && s.token(i - 1).is("NOUN") && cueEnd < s.size() && s.token(cueEnd).is("PROPN")
                || cueEnd < s.size() && (s.token(cueEnd).is("AUX") || s.token(cueEnd).is("VERB")))) {
            // "naming a site", "a resident named Carol", "the members named were": naming or
            // appointing, not a verdict; "the council named the ferry a priority" reports one
            return true;
        }
        if (cueHead.equals("identify") && lemma.equals(cueHead) && (s.token(i).text().endsWith("ing")
                || cueEnd < s.size() && IDENTIFY_LINKS.contains(s.token(cueEnd).text().toLowerCase(Locale.ROOT))
                || group == i && i > 0 && s.token(i - 1).is("NOUN") && s.token(i).ptb().equals("VBN"))) {
            // "identify as independents", "identified with the party", "the counties identified by
            // the study", "identifying a billionaire": membership or finding, not a report
            return true;
        }
        if (group == 1 && s.token(0).text().equalsIgnoreCase("that") && cueEnd < s.size()
                && s.token(cueEnd).text().equals(",")) {
            return true;
        }
        if (group == i && i > 0 && s.token(i).text().equalsIgnoreCase("say") && s.token(i - 1).text().equals(",")
                && cueEnd < s.size() && s.token(cueEnd).text().equals(",")) {
            return true; // "instead of, say, the Democrats": "say" as "for example"
        }
        return lemma.equals("call") && notCalling(s, group, i, quoted)
                // "responded to the criticism": a reaction, not a report; "did not respond to a request" is one
                || cueHead.equals("respond") && lemma.equals(cueHead) && next(s, cueEnd, "to") && !negated(s, group, i)
                || cueHead.equals("know") && knownAsOrYouKnow(s, group, i, cueEnd)
                // "showed up", "showing off the hat", "the TV show"
                || cueHead.equals("show") && (next(s, cueEnd, "up") || next(s, cueEnd, "off") || s.token(i).ptb().startsWith("NN"))
                // "could find a way", "trouble finding jobs": the bare and -ing forms mostly mean "come upon"
                || cueHead.equals("find") && (s.token(i).ptb().equals("VB") || s.token(i).ptb().equals("VBG"))
                        && !next(s, cueEnd, "that")
                // "found himself at the centre of …", "finds itself in debt": a situation, not a finding
                || cueHead.equals("find") && cueEnd < s.size() && EMPHATIC.contains(s.token(cueEnd).text().toLowerCase(Locale.ROOT))
                // "adding to his victories": a tally, not a remark
                || cueHead.equals("add") && next(s, cueEnd, "to")
                        && !SpeechTags.addresseeAfterTag(s, group, cueEnd, quoted)
                // "X reported from Washington": a dateline credit
                || cueHead.equals("report") && next(s, cueEnd, "from")
                // "270 pledged delegates": an adjective
                || cueHead.equals("pledge") && (next(s, cueEnd, "delegates") || next(s, cueEnd, "delegate"))
                // "spokeswoman Hope Hicks": a first name
                || s.token(i).text().equals("Hope") && i > 0 && cueEnd < s.size() && s.token(cueEnd).is("PROPN")
                // "seeing as …", "what he saw as a disaster": a judgement PolNeAR leaves out
                || cueHead.equals("see") && next(s, cueEnd, "as")
                // "a think tank": a noun
                || cueHead.equals("think") && next(s, cueEnd, "tank")
                // "voters who seek …", "Rubio, who is seeking reelection": a description of the people, not their stance
                || cueHead.equals("seek") && group > 0 && s.token(group - 1).text().equalsIgnoreCase("who")
                // "continuing efforts", "continues to …" without a reporting verb: aspect only
                || cueHead.equals("continue") && (s.token(i).ptb().equals("VBG") || next(s, cueEnd, "to"))
                || cueHead.equals("read") && !SpeechTags.documentReads(s, group, cueEnd);
    }

    /** Whether the verb group holds a negation ("did not respond"). */
    private static boolean negated(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("n't") || w.equals("n’t") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} exists and is {@code word}. */
    private static boolean next(Sentence s, int k, String word) {
        return k < s.size() && s.token(k).text().equalsIgnoreCase(word);
    }

    /** "a group known as X" names; "you know," is a filler. */
    private static boolean knownAsOrYouKnow(Sentence s, int group, int i, int cueEnd) {
        if (s.token(i).ptb().equals("VBN") && (next(s, cueEnd, "as") || next(s, cueEnd, "for"))) {
            return true; // "a group known as X": a name; "known for its ties": a reputation
        }
        return group == i && i > 0 && s.token(i - 1).text().equalsIgnoreCase("you") && next(s, cueEnd, ",");
    }

    /** Relative and free-relative words before "he called" ("what he called a disgrace"). */
    private static final Set<String> WH_OBJECTS = Set.of("what", "whom", "which", "who");

    /** Determiners that open an indefinite noun phrase ("a group called X"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");

    /**
     * Uses of "call" that report no verdict: a name after an indefinite or object noun ("a
     * company called X", "signed a letter called Y"), the writer's phrase after "what he called"
     * (the attribution corpus marks it one time in four), and the noun in "roll call".
     */
    private static boolean notCalling(Sentence s, int group, int i, boolean[] quoted) {
        Token prev = group > 0 ? s.token(group - 1) : null;
        if (group == i && prev != null && prev.is("NOUN")) {
            int k = group - 1;
            while (k > 0 && (s.token(k - 1).is("NOUN") || s.token(k - 1).is("ADJ") || s.token(k - 1).is("PROPN")
                    || s.token(k - 1).is("NUM"))) {
                k--;
            }
            Token before = k > 0 ? s.token(k - 1) : null;
            if (before != null && (INDEFINITE.contains(before.text().toLowerCase(Locale.ROOT))
                    || before.is("VERB") || before.is("ADP"))) {
                return true;
            }
            if (s.token(i).ptb().startsWith("NN")) {
                return true; // "the roll call vote"
            }
        }
        if (group >= 2 && prev.is("PRON") && WH_OBJECTS.contains(s.token(group - 2).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return telephoned(s, i + 1, quoted);
    }

    /**
     * "Obama called Abedini.", "She called the mayor on Tuesday and …": an object with nothing said
     * about it is a telephone call; a verdict names a second phrase ("called him a liar").
     */
    private static final Pattern QUOTE_MARK = Pattern.compile("[‘’'\"“”]");
    private static final Pattern POSSESSIVE_S = Pattern.compile("(?i)[’']s");

    private static boolean telephoned(Sentence s, int from, boolean[] quoted) {
        if (from >= s.size() || !quoted[from] && s.token(from).text().equals(".")) {
            return true; // "Then Eric Trump called."
        }
        for (int k = from; k < s.size(); k++) {
            if (quoted[k] || QUOTE_MARK.matcher(s.token(k).text()).find() && !POSSESSIVE_S.matcher(s.token(k).text()).matches()) {
                return false; // "called Ford's plans to open a plant "a disgrace"": the verdict is quoted
            }
        }
        int[] object = rightNP(s, from, quoted);
        if (object == null || object[0] != from
                || !(s.token(object[1] - 1).is("PROPN") || s.token(object[1] - 1).is("PRON"))) {
            return false; // "called snap elections for May", "called attention to": a thing is no phone call
        }
        if (object[1] >= s.size()) {
            return true;
        }
        Token next = s.token(object[1]);
        String lower = next.text().toLowerCase(Locale.ROOT);
        return !quoted[object[1]] && (lower.equals(".") || lower.equals("and") || lower.equals("to")
                || next.is("ADP") && !lower.equals("as") || DATE_WORDS.contains(lower) || next.is("ADV"));
    }

    /**
     * "…, he said, wiping his face.": the rest of the sentence after the cue is a comma and a
     * non-reporting participle clause, which describes the speaker, not what was said.
     */
    private boolean participleTail(Sentence s, int from, boolean[] quoted) {
        if (from + 1 >= s.size() || !s.token(from).text().equals(",") || quoted[from + 1]) {
            return false;
        }
        Token next = s.token(from + 1);
        if (!next.ptb().equals("VBG") || lexicon.verbCue(lemmaOf(next)) != null) {
            return false;
        }
        for (int k = from + 1; k < s.size(); k++) {
            if (quoted[k] || s.token(k).text().equals("that") || s.token(k).ptb().equals("VBD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "…, Lee said, adding that …": a reporting participle after the cue's comma opens a second
     * report of the same source; the leading clause is this cue's content.
     */
    private boolean reportingTail(Sentence s, int from, boolean[] quoted) {
        if (from + 1 >= s.size() || !s.token(from).text().equals(",") || quoted[from + 1]) {
            return false;
        }
        Token next = s.token(from + 1);
        return next.ptb().equals("VBG") && next.is("VERB") && lexicon.verbCue(lemmaOf(next)) != null;
    }

    /** "X said, clutching the lectern": a non-reporting participle after the cue's comma is no indirect content. */
    private boolean participleAfterComma(Sentence s, int cueEnd, int start) {
        int next = cueEnd + 1;
        if (!(start <= next && next < s.size() && s.token(cueEnd).text().equals(",") && s.token(next).is("VERB")
                && s.token(next).text().endsWith("ing"))) {
            return false;
        }
        // ", adding that …", ", saying …": a reporting participle goes on with the report itself
        return lexicon.verbCue(lemmaOf(s.token(next))) == null;
    }

    String lemmaOf(Token verb) {
        return lexicon.cueLemma(verb.lemma(), verb.text());
    }

    /**
     * A cue coordinated with or subordinated to an earlier verb of the same sentence ("X took
     * back her words and said …", "X is cautious, saying …", "X ended by saying …") shares that
     * verb's subject: the nearest earlier verb group with a subject NP names the source.
     */
    private int[] mainSubject(Sentence s, int group, boolean[] quoted) {
        boolean linked = sharesSource(s, group)
                || group > 0 && s.token(group).text().endsWith("ing") && s.token(group - 1).is("ADP");
        if (!linked) {
            return null;
        }
        for (int k = group - 2; k >= 0 && group - k <= 30; k--) {
            Token t = s.token(k);
            if (quoted[k]) {
                continue; // "delivered a defense of "X values," saying …": a quotation inside the main clause
            }
            if (t.text().equals(";") || t.is("SCONJ") && SUBORDINATORS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!t.is("VERB") && !t.is("AUX")) {
                continue;
            }
            int g = k;
            while (g > 0 && !quoted[g - 1] && isVerbGroupWord(s.token(g - 1))) {
                g--;
            }
            if (g > 1 && s.token(g - 1).is("ADV") && !quoted[g - 1] && !isPunct(s.token(g - 2))
                    && leftNP(s, g, quoted) == null) {
                g--; // "X instead delivered his speech, decrying …"
            }
            int[] np = leftNP(s, g, quoted);
            if (np != null && allDateWords(s, np)) {
                np = subjectBeforeTime(s, np[0], quoted); // "X on Thursday stepped up his attacks, saying …"
            }
            if (np == null && g > 1 && s.token(g - 1).text().equals(",")) {
                int[][] opening = openingSubject(s, g - 1, quoted);
                int[][] apposition = opening != null ? opening : nps.appositive(s, g - 1, quoted);
                if (apposition != null) {
                    return apposition[0]; // "X, a leader of Y, voiced support for Z, saying …"
                }
            }
            if (np != null && !allDateWords(s, np)
                    && !RELATIVE_SOURCES.contains(s.token(np[0]).text().toLowerCase(Locale.ROOT))) {
                return np;
            }
            k = g;
        }
        return null;
    }

    /** Subordinating words that open a clause of their own (a tagger's SCONJ on "in" or "of" is a preposition). */
    private static final Set<String> SUBORDINATORS = Set.of("because", "while", "if", "although", "though", "when",
            "as", "since", "after", "before", "unless", "whether", "until", "whereas", "that", "once", "so");

    /**
     * Whether the content so far is a clause: "said the talks, which …" has no verb yet, so the
     * relative clause belongs to its subject, not to the writer.
     */
    private static boolean hasVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.token(k).is("VERB") || s.token(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an NP starting at {@code start} follows a verb, preposition or comma: an object, not a subject. */
    private static boolean objectPosition(Sentence s, int start) {
        if (start == 0) {
            return false;
        }
        Token before = s.token(start - 1);
        return before.is("VERB") || before.is("ADP") || before.text().equals(",") && start > 1 && !isPunct(s.token(start - 2));
    }

    /**
     * "On May 2, during a tour of the mill, now called Riverside, the mayor boasted of …": a fronted
     * adjunct opened by a preposition whose only verb is a participle ("now called") is still
     * scene-setting, not a reported clause; one that is reported has a finite verb of its own.
     */
    private static boolean hasFiniteVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.isFinite(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** A verb not right after a determiner or adjective ("with a laugh" is often tagged a verb). */
    private static boolean hasClauseVerb(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if ((t.is("VERB") || t.is("AUX")) && !(k > 0 && (s.token(k - 1).is("DET") || s.token(k - 1).is("ADJ")))) {
                return true;
            }
        }
        return false;
    }

    /** "…," she said when asked …  /  "…," he said after a pause: the quotation is still the whole content. */
    private static boolean opensAdjunctClause(Sentence s, int tail) {
        Token t = s.token(tail);
        String lower = t.text().toLowerCase(Locale.ROOT);
        // "…," X said if …: "if" and "whether" open the reported clause itself
        return !lower.equals("that") && !lower.equals("if") && !lower.equals("whether") && (t.is("SCONJ") || t.is("ADV") || t.is("VERB") && t.text().endsWith("ed"));
    }

    /** "X, who said …, did Y": the source is the relative pronoun of a clause set off by a comma or dash. */
    private static boolean nonRestrictiveRelative(Sentence s, Span source, int group) {
        if (group < 2) {
            return false;
        }
        int k = s.tokenAtOrAfter(source.begin());
        String word = s.token(k).text().toLowerCase(Locale.ROOT);
        String before = s.token(k - 1 < 0 ? 0 : k - 1).text();
        return k > 0 && k < group && (word.equals("who") || word.equals("which")) && s.token(k).end() == source.end()
                && (before.equals(",") || DASHES.contains(before));
    }

    /**
     * Where a report inside a non-restrictive relative clause ends: at the comma or dash after
     * which the main clause resumes with its verb ("X, who had said she would run, criticized …").
     */
    private static int relativeEnd(Sentence s, int start, boolean[] quoted) {
        for (int k = start + 2; k + 1 < s.size(); k++) {
            String w = s.token(k).text();
            if (!quoted[k] && (w.equals(",") || DASHES.contains(w))) {
                int v = k + 1;
                while (v < s.size() && s.token(v).is("ADV")) {
                    v++;
                }
                if (v < s.size() && (s.token(v).is("VERB") || s.token(v).is("AUX")) && isFinite(s.token(v))) {
                    return s.token(k).begin();
                }
            }
        }
        return s.end();
    }

    /** Words that open a fronted subordinate clause or adjunct ("While X …, Y said"). */
    private static final Set<String> FRONTED_SUBORDINATORS = Set.of("while", "when", "as", "although", "though",
            "if", "since", "after", "before", "because", "despite", "whereas", "unless", "until", "once");

    /**
     * "While many voters, including the young, backed the plan, …" is a main clause after its
     * subordinate one; "While many voters, including the young, opposed the plan" before the cue is
     * the subordinate clause alone, the writer's frame for the cue's own clause: no comma before
     * {@code end} is followed by a finite verb.
     */
    private static boolean subordinateOnly(Sentence s, int end) {
        if (!FRONTED_SUBORDINATORS.contains(s.token(0).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = 1; k < end; k++) {
            if (s.token(k).text().equals(",")) {
                for (int v = k + 1; v < end; v++) {
                    if ((s.token(v).is("VERB") || s.token(v).is("AUX")) && isFinite(s.token(v))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return true;
    }

    /**
     * "X denied the charges and accused her of …", "X said she regretted it and promised to …": an
     * "and" before a finite verb of the cue's own form starts a second predicate of the source,
     * not part of the content, when the content so far has no finite verb (an object cannot
     * coordinate with a verb) or the second verb is a speech act ("and called it …"; "and wanted …"
     * may go on with the reported clause). Returns the offset to
     * cut at, or the sentence end.
     */
    private static final Set<String> SPEECH_ACTS = Set.of("say", "add", "call", "accuse", "promise", "question",
            "quote", "ask", "urge", "insist", "praise", "criticize", "warn", "argue", "note", "deny", "pledge", "vow",
            "charge", "claim", "tell", "announce", "declare", "complain", "blame", "demand", "predict");

    private int coordinatedPredicate(Sentence s, int cue, int start, boolean[] quoted) {
        String form = s.token(cue).ptb();
        if (!form.equals("VBD") && !form.equals("VBZ")) {
            return s.end();
        }
        boolean finiteSoFar = false;
        for (int k = start; k + 1 < s.size(); k++) {
            Token t = s.token(k);
            if (!quoted[k] && t.text().equals("and") && !quoted[k + 1] && k - start >= 2) {
                Token v = s.token(k + 1);
                if (v.is("VERB") && v.ptb().equals(form)
                        && (!finiteSoFar || SPEECH_ACTS.contains(lemmaOf(v)))) {
                    return t.begin();
                }
            }
            if ((t.is("VERB") || t.is("AUX")) && isFinite(t)) {
                finiteSoFar = true;
            }
        }
        return s.end();
    }

    /** Words that open a comment on the reported clause after a comma rather than continue it. */
    private static final Set<String> AFTERTHOUGHTS = Set.of("though", "although", "whereas", "despite", "compared");

    /**
     * Where an indirect content ends: the sentence end, or a comma opening a non-restrictive
     * concessive or comparing clause ("…, though …", "…, despite …", "…, compared with 23 percent who
     * said …"), which is the writer's addition; see
     * {@link QuotePatterns#opensAside} for the relative and contrastive clauses.
     */
    private static int clauseEnd(Sentence s, int start, boolean[] quoted) {
        for (int k = start + 2; k + 1 < s.size(); k++) {
            if (!quoted[k] && s.token(k).text().equals(",")
                    && (AFTERTHOUGHTS.contains(s.token(k + 1).text().toLowerCase(Locale.ROOT))
                        || opensAside(s, k) && hasVerb(s, start, k))) {
                return s.token(k).begin();
            }
        }
        return s.end();
    }
}
