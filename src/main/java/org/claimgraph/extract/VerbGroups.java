package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;


/** The verb group of a cue and the boundaries between cue, adjuncts and content. */
final class VerbGroups {
    /** Adverbs that open a clause or modify it as a whole, so they never join a verb group. */
    static final Set<String> CLAUSE_ADVERBS = Set.of("when", "where", "how", "why", "so", "as", "here",
            "there", "now", "however", "meanwhile", "instead", "too", "yet", "thus", "therefore", "though",
            "also,", "well", "ago", "today", "tonight", "yesterday", "back", "out", "up", "down", "away");
    /** Prepositions whose adjunct PolNeAR counts into the cue ("said in a statement", "said of him"). */
    static final Set<String> CUE_PREPOSITIONS = Set.of("in", "of", "about", "with");
    /**
     * An interview stays out of the cue ("said in an interview that": 7 to 3 on PolNeAR's train
     * set), as do time and event adjuncts ("said at the hearing", "said during the debate": 12 to 2).
     */
    private static final Set<String> INTERVIEWS = Set.of("interview", "interviews");

    private VerbGroups() {
    }

    /**
     * For a clause-frame cue followed by a quotation, the first token of the content: PolNeAR's
     * content takes the subject before a partial quotation ("says Kasich "has a record""), while
     * time and place adjuncts stay out.
     */
    static int clauseSubject(Sentence s, int from, int quoteTok) {
        boolean object = false; // inside the noun phrase of a preposition ("said in a statement: "…"")
        for (int k = from; k < quoteTok; k++) {
            Token t = s.token(k);
            boolean nominal = t.is("PROPN") || t.is("PRON") || t.is("NOUN") || t.is("DET");
            if (t.is("ADP")) {
                object = true;
            } else if (DATE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) {
                object = false; // "said on Monday Kasich "…"": the date closes the adjunct
            } else if (nominal && !object) {
                return k;
            } else if (!nominal && !t.is("ADJ") && !t.is("NUM") && !t.text().equals("'s") && !t.text().equals("’s")) {
                object = false;
            }
        }
        return quoteTok;
    }

    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "who", "what", "why", "how",
            "when", "where", "which");

    /** A noun phrase of at most five words followed by a finite verb: the subject of a reported clause. */
    private static boolean subjectThenVerb(Sentence s, int from) {
        Token first = s.token(from);
        if (!(first.is("DET") || first.is("PROPN") || first.is("NOUN") || first.is("ADJ"))) {
            return false;
        }
        for (int k = from + 1; k < s.size() && k - from <= 5; k++) {
            Token t = s.token(k);
            if (t.is("AUX") || t.is("VERB") && !t.text().endsWith("ing")) {
                return true;
            }
            if (!(t.is("DET") || t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The first token after an addressee that PolNeAR keeps out of the content ("told reporters
     * he would run", "told the crowd, he …", "asked the senator whether …"): a short noun phrase
     * with an optional comma. With {@code questionOnly} ("ask") the addressee is skipped only when
     * a question follows, as "asked Russia to leave" keeps its object in the content. Returns
     * {@code from} when no addressee is found.
     */
    static int afterAddressee(Sentence s, int from, boolean[] quoted, boolean questionOnly) {
        int j = from;
        while (j < s.size() && j - from < 8 && !quoted[j]) {
            Token t = s.token(j);
            boolean npWord = t.is("DET") || t.is("ADJ") || t.is("PROPN") || t.is("NOUN") || t.is("NUM")
                    || t.text().equals("'s") || t.text().equals("’s")
                    || j == from && PERSONAL_OBJECTS.contains(t.text().toLowerCase(Locale.ROOT)) // "told him …"
                    || t.text().length() >= 2 && t.text().chars().allMatch(Character::isUpperCase); // "told POLITICO", however tagged
            if (!npWord || j > from && t.is("DET") || DATE_WORDS.contains(t.text().toLowerCase(Locale.ROOT))
                    && !t.text().equals("TODAY")) { // "told USA TODAY": a paper's name
                break;
            }
            j++;
        }
        if (j == from || j >= s.size() || quoted[j]) {
            return from;
        }
        int next = s.token(j).text().equals(",") ? j + 1 : j;
        if (next >= s.size()) {
            return from;
        }
        Token t = s.token(next);
        String lower = t.text().toLowerCase(Locale.ROOT);
        boolean question = QUESTION_WORDS.contains(lower);
        boolean clause = question || t.is("PRON") && !lower.equals("it") || t.is("SCONJ") || next > j && words(s, next) >= 3
                || subjectThenVerb(s, next); // "told the crew the quay was unsafe"
        if (questionOnly ? !question : !clause || lower.equals("to")) {
            return from;
        }
        return next;
    }

    /**
     * For an object-frame cue followed by a quotation, the first token of the content: PolNeAR's
     * content takes the object with its quoted complement ("called the plan "a disaster"");
     * a cue followed by punctuation ("praised: "…"") or a time adjunct has only the quotation.
     */
    static int objectStart(Sentence s, int cueEnd, int quoteTok) {
        if (cueEnd >= quoteTok || isPunct(s.token(cueEnd)) || startsAdjunct(s.token(cueEnd))) {
            return quoteTok;
        }
        return cueEnd;
    }

    /**
     * The first part of an indirect content interrupted by its source and cue ("In some ways, X
     * noted, Y might …"): the text before the comma that precedes the source, when the cue is
     * followed by a comma.
     */
    static Span interruptedLead(String text, Sentence s, int clauseTok, int cueEnd) {
        if (clauseTok < 3 || cueEnd >= s.size() || !s.token(cueEnd).text().equals(",")
                || !s.token(clauseTok - 1).text().equals(",")) {
            return null;
        }
        for (int k = 0; k < clauseTok - 1; k++) {
            if (s.token(k).is("VERB") && k + 1 < clauseTok && s.token(k + 1).text().equals(",") && k == clauseTok - 2) {
                return null;
            }
        }
        return trim(text, new Span(s.begin(), s.token(clauseTok - 1).begin()));
    }

    /**
     * The relative pronoun that stands for the content's object before the source ("the wall,
     * which he said Mexico should pay for"): PolNeAR makes it the content's first piece.
     */
    static Span relativeLead(Sentence s, int clauseTok) {
        if (clauseTok < 1) {
            return null;
        }
        Token t = s.token(clauseTok - 1);
        String lower = t.text().toLowerCase(Locale.ROOT);
        return lower.equals("which") || lower.equals("whom") ? t.span() : null;
    }

    /**
     * The cue with a prepositional or manner adjunct that separates it from the content: PolNeAR's
     * cue runs on to the content in "said in a statement that", "said of the plan, "…"", "said
     * sarcastically". An addressee ("told reporters") or a bare date stays outside.
     */
    static List<Span> extendCue(Sentence s, int group, int cueEnd, int contentStart, boolean inverted) {
        List<Span> plain = List.of(tokens(s, group, cueEnd));
        if (inverted || contentStart <= cueEnd || contentStart > s.size()) {
            return plain;
        }
        Token first = s.token(cueEnd);
        String lower = first.text().toLowerCase(Locale.ROOT);
        boolean adjunct = first.is("ADP") && CUE_PREPOSITIONS.contains(lower)
                || first.is("ADV") && lower.endsWith("ly");
        if (!adjunct) {
            return plain;
        }
        int end = contentStart;
        while (end > cueEnd && (isPunct(s.token(end - 1)) || s.token(end - 1).text().equalsIgnoreCase("that"))) {
            end--;
        }
        for (int k = cueEnd; k < end; k++) {
            if (INTERVIEWS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
                return plain;
            }
        }
        if (lower.equals("in") && end - cueEnd <= 3 && inDate(s, cueEnd + 1, end)) {
            return plain; // "pointed out in December", "found in 2014": 43 to 5 out of the cue on PolNeAR's train set
        }
        return end > cueEnd ? List.of(tokens(s, group, end)) : plain;
    }

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** Whether tokens [from, to) name a month or a year ("December", "March 2015", "2014"). */
    private static boolean inDate(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String lower = s.token(k).text().toLowerCase(Locale.ROOT);
            if (!MONTHS.contains(lower) && !YEAR.matcher(lower).matches() && !lower.equals("early") && !lower.equals("late")) {
                return false;
            }
        }
        return true;
    }

    /** Modals, negations and a leading "to": in a verb group they make the act unreal ("to win", "could get", "did not have"). */
    private static final Set<String> UNREAL = Set.of("to", "can", "could", "may", "might", "will", "would", "should",
            "must", "cannot", "not", "n't", "n’t", "'ll", "’ll", "'d", "’d");

    /** The first token of the verb group ending at {@code verb}, a leading infinitive "to" included. */
    static int groupStartWithTo(Sentence s, int verb, boolean[] quoted) {
        int group = verb;
        while (group > 0 && !quoted[group - 1] && (isVerbGroupWord(s.token(group - 1)) || lower(s.token(group - 1)).equals("to"))) {
            group--;
        }
        return group;
    }

    /** Whether tokens {@code from} to {@code to} (inclusive) hold a modal, a negation or "to": no stance taken as a fact. */
    static boolean unreal(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (UNREAL.contains(lower(s.token(k)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a token belongs to the verb group before a cue: any auxiliary or modal ("has been",
     * "would", "can"), negation, and adverbs ("quickly accused", "also said"); PolNeAR's cue is
     * the whole verb group. Question and relative adverbs open a clause instead.
     */
    static boolean isVerbGroupWord(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (contractedClitic(t) != null) {
            return false; // "She’s" (tagged AUX), "He’ll" (tagged ADV): the token holds the subject
        }
        if (t.is("AUX")) {
            return true;
        }
        if (t.is("PART")) {
            return lower.equals("not") || lower.equals("n't") || lower.equals("n’t");
        }
        // "Nearly half said": a share tagged as an adverb is the subject, not part of the verb group
        // ("most" stays: "most recently said")
        // "has also broadly called for": an -ly adverb the tagger labels ADJ keeps its adverb PTB tag
        boolean adverb = t.is("ADV") || t.is("ADJ") && "RB".equals(t.ptb()) && lower.endsWith("ly");
        return adverb && !CLAUSE_ADVERBS.contains(lower) && Character.isLetter(lower.charAt(0))
                && !(PollPattern.QUANTITIES.contains(lower) && !lower.equals("most"));
    }

    /** A form of "be" (or "get") in the verb group before a participle: "was quoted", "is expected". */
    static boolean isPassive(Sentence s, int group, int verb) {
        String form = s.token(verb).text().toLowerCase(Locale.ROOT);
        if (form.endsWith("ing") || form.equals(s.token(verb).lemma()) || form.endsWith("s") && !form.endsWith("ss")) {
            return false;
        }
        for (int k = verb - 1; k >= group; k--) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if ((t.lemma().equals("be") || lower.equals("been") || lower.equals("being") || t.lemma().equals("get"))
                    && !contractedPerfect(s, group, k, verb)) {
                return true;
            }
            if (t.lemma().equals("have")) {
                return false;
            }
        }
        return false;
    }

    /** Subjects whose "'s said" is the passive "is said" ("it's said that …"). */
    private static final Set<String> IMPERSONAL = Set.of("it", "that", "this", "there", "what", "which");

    /**
     * "She's said she will run", "He's told reporters …": after a personal subject, a contracted
     * "'s" before "said" or "told" is "has"; "it's said", "he's said to be", "she's told by aides"
     * and "he's told he must" (a pronoun after "told") stay passive.
     */
    private static boolean contractedPerfect(Sentence s, int group, int aux, int verb) {
        String lower = s.token(aux).text().toLowerCase(Locale.ROOT);
        String form = s.token(verb).text().toLowerCase(Locale.ROOT);
        if (!(lower.equals("'s") || lower.equals("’s")) || aux != group || group == 0 || verb + 1 >= s.size()
                || !(form.equals("said") || form.equals("told"))) {
            return false;
        }
        Token subject = s.token(group - 1);
        String subjectWord = subject.text().toLowerCase(Locale.ROOT);
        if (!(subject.is("PRON") || subject.is("PROPN")) || IMPERSONAL.contains(subjectWord)) {
            return false;
        }
        Token next = s.token(verb + 1);
        String nextWord = next.text().toLowerCase(Locale.ROOT);
        if (nextWord.equals("to") || nextWord.equals("by") || isPunct(next)) {
            return false;
        }
        return form.equals("said") || !(next.is("PRON") && !PERSONAL_OBJECTS.contains(nextWord)) && !nextWord.equals("that");
    }

    /** Whether a cue without its own subject continues the previous one ("and added", ", adding"). */
    static boolean sharesSource(Sentence s, int group) {
        if (s.token(group).text().endsWith("ing")) {
            return true;
        }
        if (group == 0) {
            return false;
        }
        String prev = s.token(group - 1).text().toLowerCase(Locale.ROOT);
        if (group >= 2 && LINKING_ADVERBS.contains(prev)) {
            // "X backed Y, but now plans to vote for Z": a time or additive adverb after the conjunction
            prev = s.token(group - 2).text().toLowerCase(Locale.ROOT);
            return prev.equals("and") || prev.equals("but");
        }
        return prev.equals("and") || prev.equals("but") || prev.equals(",");
    }

    /** Adverbs that may stand between a conjunction and a coordinated verb sharing the subject. */
    private static final Set<String> LINKING_ADVERBS = Set.of("now", "also", "then", "later", "still");

    /** Skips an addressee and time adjuncts after the cue ("told reporters on Tuesday"). */
    static int skipAdjuncts(Sentence s, int k, boolean[] quoted) {
        int limit = Math.min(s.size(), k + 7);
        int x = k;
        while (x < limit && !quoted[x]) {
            Token t = s.token(x);
            if (t.is("VERB") || t.is("AUX") || t.is("SCONJ") || t.is("PUNCT") || t.is("CCONJ")) {
                break;
            }
            x++;
        }
        return x;
    }

    /** Whether a token opens an adjunct rather than the reported clause ("in", "on Monday"). */
    static boolean startsAdjunct(Token t) {
        return t.is("ADP") && !t.text().equalsIgnoreCase("to")
                || DATE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || t.lemma().equals("this");
    }

    /**
     * The first token after an adjunct that follows the cue and ends at a comma ("said in a
     * statement, the deal ..."); {@code from} itself when no such comma closes it.
     */
    static int afterAdjunct(Sentence s, int from, boolean[] quoted) {
        for (int k = from; k < s.size() && k < from + 12; k++) {
            if (quoted[k]) {
                return k;
            }
            Token t = s.token(k);
            if (t.is("VERB") || t.is("AUX")) {
                return from;
            }
            if (t.text().equals(",") || t.text().equals(":")) {
                return words(s, k + 1) >= 3 ? k + 1 : from;
            }
        }
        return from;
    }

    /** Participles of judgement whose "as" PolNeAR counts into the cue ("is seen as", "known as"). */
    private static final Set<String> AS_PARTICIPLES = Set.of("see", "view", "regard", "know", "describe",
            "consider", "perceive", "portray", "characterize");

    /**
     * Verbs whose preposition PolNeAR counts into the cue ("did not respond to", "asked for",
     * "wrote about", "cautioned against", "boasted of", "agreed on", "thinks of"): counted on
     * its train set, the longer cue wins for each (e.g. 15 to 4 for "respond to", 11 to 2 for "ask for").
     */
    private static final java.util.Map<String, String> LINK_PREPOSITIONS = java.util.Map.ofEntries(
            java.util.Map.entry("respond", "to"), java.util.Map.entry("ask", "for"),
            java.util.Map.entry("write", "about"), java.util.Map.entry("caution", "against"),
            java.util.Map.entry("boast", "of"), java.util.Map.entry("agree", "on"),
            java.util.Map.entry("think", "of"),
            // whole train set, cue with the preposition vs without: "vouched for" 6 to 0, "hoping for"
            // 6 to 3, "accused of" 6 to 2, "warned of" 5 to 0, "spoke of" 5 to 1, "learned of" 2 to 0
            java.util.Map.entry("vouch", "for"), java.util.Map.entry("hope", "for"),
            java.util.Map.entry("petition", "for"), java.util.Map.entry("accuse", "of"),
            java.util.Map.entry("warn", "of"), java.util.Map.entry("speak", "of"),
            java.util.Map.entry("learn", "of"));

    /** Participles whose "for" PolNeAR counts into the cue ("known for": 13 to 3 on its train set). */
    private static final Set<String> FOR_PARTICIPLES = Set.of("know");

    /**
     * Final cue boundaries, once every pattern has placed its cue and content: the word that
     * links some cues to their content belongs to the cue ("is seen as", "known as"), and the
     * content then starts after it. Each family was kept only where PolNeAR's train set clearly
     * takes the longer cue.
     */
    static List<Candidate> cueEdges(Sentence s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(cueEdge(s, c));
        }
        List<Candidate> done = new ArrayList<>(out.size());
        for (Candidate c : out) {
            done.add(contraction(s, aspectFrame(s, gerundFrame(s, c))));
        }
        return done;
    }

    /** Treebank tags of a verb that frames a reporting gerund ("began by saying"). */
    private static final Set<String> FRAME_TAGS = Set.of("VBD", "VBN", "VBZ");

    /** Prepositions that tie a reporting gerund to the verb before it ("began by saying"). */
    private static final Set<String> FRAME_PREPOSITIONS = Set.of("by", "to", "on", "in");

    /**
     * "began by saying", "responded first by calling", "pivoted to arguing", "focused on
     * reiterating", "wavered in answering": PolNeAR's cue starts at the verb group of the verb that
     * frames the reporting gerund (about 17 to 1 on its train set when that verb directly precedes
     * the preposition; "the field by saying", "after saying" keep the gerund alone).
     */
    private static Candidate gerundFrame(Sentence s, Candidate c) {
        if (c.cue().size() != 1) {
            return c;
        }
        Span cue = c.cue().get(0);
        int first = s.tokenAtOrAfter(cue.begin());
        if (first < 2 || first >= s.size() || s.token(first).begin() != cue.begin()
                || !"VBG".equals(s.token(first).ptb())
                || !FRAME_PREPOSITIONS.contains(s.token(first - 1).text())) {
            return c;
        }
        int verb = first - 2;
        Token v = s.token(verb);
        if (verb > 0 && (v.text().equalsIgnoreCase("up") || v.is("ADV")) && s.token(verb - 1).is("VERB")) {
            verb--; // "followed up by asking", "responded first by saying"
            v = s.token(verb);
        }
        String before = verb > 0 ? s.token(verb - 1).text().toLowerCase(Locale.ROOT) : "";
        if (!v.is("VERB") || !FRAME_TAGS.contains(v.ptb()) || v.lemma().equals("use")
                || v.lemma().equals("come") || before.equals("as")) {
            return c; // "them to stop by threatening", "as opposed to attacking", "are used to seeing", "comes to"
        }
        int group = verb;
        while (group > 0 && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        int begin = s.token(group).begin();
        for (Span piece : c.source()) {
            if (piece.end() > begin && piece.begin() < cue.end()) {
                return c; // the source sits inside the frame
            }
        }
        return new Candidate(c.source(), c.sourceHead(), List.of(new Span(begin, cue.end())), c.content(),
                c.cueLemma(), c.direct(), c.confidence());
    }

    /** Verbs of beginning and going on that take a gerund ("began writing", "kept saying"). */
    static final Set<String> ASPECT_VERBS = Set.of("begin", "start", "continue", "keep", "resume");

    /**
     * "began writing", "has lately started asking", "continue calling": PolNeAR's cue starts at the
     * verb group of the aspect verb directly before a reporting gerund (nearly always on its train
     * set: about 100 cues hold such a verb, 3 leave it out), as it already does for "continued to say".
     */
    private static Candidate aspectFrame(Sentence s, Candidate c) {
        if (c.cue().size() != 1) {
            return c;
        }
        Span cue = c.cue().get(0);
        int first = s.tokenAtOrAfter(cue.begin());
        if (first < 1 || first >= s.size() || s.token(first).begin() != cue.begin()
                || !"VBG".equals(s.token(first).ptb())) {
            return c;
        }
        int verb = first - 1;
        Token v = s.token(verb);
        if (!v.is("VERB") || !ASPECT_VERBS.contains(v.lemma())) {
            return c;
        }
        int group = verb;
        while (group > 0 && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        int begin = s.token(group).begin();
        for (Span piece : c.source()) {
            if (piece.end() > begin && piece.begin() < cue.end()) {
                return c; // the source sits inside the verb group
            }
        }
        for (Span piece : c.content()) {
            if (piece.end() > begin && piece.begin() < cue.end()) {
                return c;
            }
        }
        return new Candidate(c.source(), c.sourceHead(), List.of(new Span(begin, cue.end())), c.content(),
                c.cueLemma(), c.direct(), c.confidence());
    }

    /** Pronouns whose contracted auxiliary the tokenizer leaves attached ("He’s", "We’ve", "That’s"). */
    private static final Set<String> CONTRACTED_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they",
            "that", "there", "who", "what");
    private static final Pattern CONTRACTION = Pattern.compile("(\\p{L}+)’(s|ve|re|ll|d|m)");

    /**
     * The contracted auxiliary of a one-token pronoun contraction ("’re" of "They’re", "’s" of
     * "She’s"), or null when the token is no such contraction.
     */
    static String contractedClitic(Token t) {
        java.util.regex.Matcher m = CONTRACTION.matcher(t.text());
        return m.matches() && CONTRACTED_PRONOUNS.contains(m.group(1).toLowerCase(Locale.ROOT)) ? m.group(2) : null;
    }

    /**
     * "He’s predicting …", "That’s according to …": the tokenizer keeps a curly-apostrophe
     * contraction in one token, but PolNeAR's cue starts at the auxiliary ("’s predicting") and its
     * source or content keeps only the pronoun ("He"): 12 to 1 on its train set. Moves the cue's
     * start back to the apostrophe and cuts the pronoun's span there.
     */
    private static Candidate contraction(Sentence s, Candidate c) {
        if (c.cue().isEmpty()) {
            return c;
        }
        Span cue = c.cue().get(0);
        int first = s.tokenAtOrAfter(cue.begin());
        if (first < 1 || first >= s.size() || s.token(first).begin() != cue.begin()) {
            return c;
        }
        Token prev = s.token(first - 1);
        java.util.regex.Matcher m = CONTRACTION.matcher(prev.text());
        int cut;
        if (m.matches() && CONTRACTED_PRONOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            cut = prev.begin() + m.group(1).length(); // one token: "He’s"
        } else if (first >= 2 && CONTRACTION.matcher("x" + prev.text()).matches()
                && s.token(first - 2).end() == prev.begin()
                && CONTRACTED_PRONOUNS.contains(s.token(first - 2).text().toLowerCase(Locale.ROOT))) {
            cut = prev.begin(); // two tokens: "That" + "’s"
        } else {
            return c;
        }
        List<Span> cues = new ArrayList<>(c.cue());
        cues.set(0, new Span(cut, cue.end()));
        return new Candidate(cutAt(c.source(), prev.end(), cut), cutAt(c.sourceHead(), prev.end(), cut), cues,
                cutAt(c.content(), prev.end(), cut), c.cueLemma(), c.direct(), c.confidence());
    }

    private static List<Span> cutAt(List<Span> spans, int end, int cut) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span piece : spans) {
            Span kept = cutAt(piece, end, cut);
            if (kept != null) {
                out.add(kept);
            }
        }
        return out.isEmpty() ? spans : out;
    }

    private static Span cutAt(Span piece, int end, int cut) {
        if (piece == null || piece.end() != end) {
            return piece;
        }
        return piece.begin() < cut ? new Span(piece.begin(), cut) : null;
    }

    private static Candidate cueEdge(Sentence s, Candidate c) {
        if (c.cue().size() != 1) {
            return c;
        }
        Span cue = c.cue().get(0);
        int first = s.tokenAtOrAfter(cue.begin());
        int end = s.tokenAtOrAfter(cue.end());
        if (first >= end || end > s.size() || s.token(first).begin() != cue.begin() || s.token(end - 1).end() != cue.end()) {
            return c; // the cue is not on token boundaries of this sentence
        }
        int issued = issuedStatement(s, first, end);
        if (issued >= 0) {
            return new Candidate(c.source(), c.sourceHead(), List.of(new Span(s.token(issued).begin(), cue.end())),
                    c.content(), c.cueLemma(), c.direct(), c.confidence());
        }
        int extra = linkWords(s, end - 1, end);
        if (extra == 0 && !c.content().isEmpty() && !c.direct() && !c.source().isEmpty()
                && c.source().get(0).end() <= cue.begin()) {
            extra = dayBeforeContent(s, end, c.content().get(0).begin());
        }
        if (extra == 0) {
            return c;
        }
        int newEnd = end + extra;
        Span longer = new Span(cue.begin(), s.token(newEnd - 1).end());
        int after = newEnd < s.size() ? s.token(newEnd).begin() : s.end();
        List<Span> content = new ArrayList<>();
        for (Span piece : c.content()) {
            if (piece.begin() >= cue.end() && piece.begin() < after) {
                if (piece.end() > after) {
                    content.add(new Span(after, piece.end()));
                }
            } else {
                content.add(piece);
            }
        }
        if (content.isEmpty()) {
            return c;
        }
        // ("the contests known as Super Tuesday" names something: VerbalPattern drops it as a cue)
        return new Candidate(c.source(), c.sourceHead(), List.of(longer), content,
                c.cueLemma(), c.direct(), c.confidence());
    }

    /** Verbs that publish a written statement ("issued a statement saying"). */
    private static final Set<String> PUBLISHING = Set.of("issue", "release", "put", "send", "post", "publish",
            "circulate");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> STATEMENTS = Set.of("statement", "release", "tweet", "letter", "post",
            "video", "message", "memo", "note", "email", "e-mail");

    /**
     * "X issued a statement saying …", "X released a statement Tuesday condemning …", "X issued
     * statements deploring …": PolNeAR's cue runs from the publishing verb group through the
     * statement and a day or comma after it to the reporting participle (12 to 2 on its train set
     * for "saying", 22 to 3 for any participle). Returns the first token of that verb group, or -1
     * when the cue is not such a participle.
     */
    private static int issuedStatement(Sentence s, int first, int end) {
        if (end - first != 1 || !s.token(first).text().toLowerCase(Locale.ROOT).endsWith("ing") || first < 3) {
            return -1;
        }
        int noun = first - 1;
        while (noun > first - 4 && noun > 0 && (DATE_WORDS.contains(s.token(noun).text().toLowerCase(Locale.ROOT))
                || s.token(noun).text().equals(","))) {
            noun--; // "a statement Wednesday evening, saying"
        }
        String word = s.token(noun).text().toLowerCase(Locale.ROOT);
        boolean plural = word.endsWith("s") && STATEMENTS.contains(word.substring(0, word.length() - 1));
        if (!STATEMENTS.contains(word) && !plural) {
            return -1;
        }
        int k = noun - 1;
        while (k > noun - 3 && k > 0 && (s.token(k).is("NOUN") || s.token(k).is("ADJ"))) {
            k--; // "a press release", "a short written statement"
        }
        if (plural && k == noun - 1) {
            k++; // "issued statements condemning": no article
        } else if (k < 1 || !ARTICLES.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int verb = k - 1;
        if (s.token(verb).text().equalsIgnoreCase("out") && verb > 0) {
            verb--; // "put out", "sent out"
        }
        Token v = s.token(verb);
        if (!(v.is("VERB") && PUBLISHING.contains(v.lemma()))) {
            return -1;
        }
        while (verb > 0 && isVerbGroupWord(s.token(verb - 1))) {
            verb--;
        }
        return verb;
    }

    /** How many words after the cue's last token {@code last} link it to its content and join the cue. */
    private static int linkWords(Sentence s, int last, int next) {
        if (next >= s.size()) {
            return 0;
        }
        Token verb = s.token(last);
        String word = s.token(next).text().toLowerCase(Locale.ROOT);
        if (word.equals("as") && "VBN".equals(verb.ptb()) && AS_PARTICIPLES.contains(verb.lemma())) {
            return 1;
        }
        if (word.equals(LINK_PREPOSITIONS.get(verb.lemma())) && (verb.is("VERB") || verb.is("AUX"))) {
            return 1;
        }
        if (word.equals("for") && "VBN".equals(verb.ptb()) && FOR_PARTICIPLES.contains(verb.lemma())) {
            return 1;
        }
        if (verb.lemma().equals("plead") && (word.equals("guilty") || word.equals("innocent"))) {
            return 1; // "pleaded guilty to …": the plea is the cue, its charge the content
        }
        if (verb.lemma().equals("plead") && word.equals("not") && next + 1 < s.size()
                && s.token(next + 1).text().equalsIgnoreCase("guilty")) {
            return 2;
        }
        // a verb particle always closes PolNeAR's cue ("called out", "remarked upon": 102 to 0 on its
        // train set), unless it opens a place ("out of")
        boolean outOf = next + 1 < s.size() && s.token(next + 1).text().equalsIgnoreCase("of");
        if ((word.equals("out") && !outOf || word.equals("upon")) && !isPunct(verb)) {
            return 1;
        }
        // "chanted back", "wrote back": 26 to 3 on the train set; "back in 2012", "back to the pier" are no particle
        String after = next + 1 < s.size() ? s.token(next + 1).text().toLowerCase(Locale.ROOT) : "";
        if (word.equals("back") && verb.is("VERB") && !NOT_AFTER_BACK.contains(after)
                && !after.matches("\\d.*")) {
            return 1;
        }
        if (word.equals("on") && next + 1 < s.size() && SOCIAL_MEDIA.contains(s.token(next + 1).text().toLowerCase(Locale.ROOT))) {
            return 2; // "wrote on Twitter", "posted on Facebook": 12 to 5 on PolNeAR's train set
        }
        int medium = writtenMedium(s, next);
        if (medium > 0) {
            return medium;
        }
        return 0;
    }

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today");

    /**
     * "X said Tuesday the plan …", "X said on Tuesday the plan …": a day between the verb and a
     * content without "that" is no part of the content; PolNeAR's cue takes it (about 2 to 1 on its
     * train set), while "said Tuesday that …" and "…," X said Tuesday. leave it out (about 2 to 1
     * the other way), so those keep the bare verb. Returns the day's tokens, or 0.
     */
    private static int dayBeforeContent(Sentence s, int next, int contentBegin) {
        int k = next;
        if (k < s.size() && s.token(k).text().equalsIgnoreCase("on")) {
            k++;
        }
        if (k + 1 >= s.size() || !DAYS.contains(s.token(k).text().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        Token after = s.token(k + 1);
        boolean contentNext = after.begin() == contentBegin || s.token(k).begin() == contentBegin;
        return !contentNext || isPunct(after) || after.ptb().equals("POS") || after.text().equalsIgnoreCase("that")
                || DATE_WORDS.contains(after.text().toLowerCase(Locale.ROOT)) ? 0 : k + 1 - next;
    }

    /** Words after "back" that make it an adverb of place or time, not a particle ("back in 2012"). */
    private static final Set<String> NOT_AFTER_BACK = Set.of("in", "to", "when", "then", "at", "on", "from");

    private static final Set<String> SOCIAL_MEDIA = Set.of("twitter", "facebook", "instagram");

    /** Nouns of a written statement whose "in a …" closes a report in PolNeAR's cue ("said in a statement."). */
    private static final Set<String> WRITTEN_MEDIA = Set.of("statement", "release", "post");

    /**
     * "…," X said in a statement.  /  "…," she wrote in a blog post.: a written medium that ends
     * the sentence joins the cue (30 to 12 on PolNeAR's train set; an interview or an e-mail
     * goes the other way, and a medium followed by more text is split evenly). Returns the
     * number of tokens, 0 when there is no such medium.
     */
    private static int writtenMedium(Sentence s, int next) {
        if (next + 3 >= s.size() || !s.token(next).text().equalsIgnoreCase("in")
                || !ARTICLES.contains(s.token(next + 1).text().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        for (int k = next + 2; k <= next + 3 && k < s.size(); k++) {
            Token t = s.token(k);
            if (WRITTEN_MEDIA.contains(t.text().toLowerCase(Locale.ROOT))) {
                boolean last = k + 1 == s.size() || k + 2 == s.size() && isPunct(s.token(k + 1))
                        && ".!?".contains(s.token(k + 1).text());
                return last ? k + 1 - next : 0;
            }
            if (!(t.is("NOUN") || t.is("ADJ"))) {
                return 0;
            }
        }
        return 0;
    }

    /** A complementiser "that" within a few tokens of the cue, with no verb before it. */
    static int findThat(Sentence s, int from, boolean[] quoted) {
        for (int k = from; k < s.size() && k < from + 9 && !quoted[k]; k++) {
            Token t = s.token(k);
            boolean clauseFollows = k + 1 < s.size() && !s.token(k + 1).is("AUX") && !s.token(k + 1).is("PUNCT");
            if (t.text().equalsIgnoreCase("that") && (t.is("SCONJ") || clauseFollows)) {
                return k;
            }
            if (t.is("VERB") || t.is("AUX") || t.text().equals(",") && k > from) {
                return -1;
            }
        }
        return -1;
    }
}
