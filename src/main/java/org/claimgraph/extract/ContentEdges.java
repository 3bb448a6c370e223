package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Last adjustments to where a content starts and ends, applied once the patterns and
 * {@link Neighbours} are done. Each rule was kept only where the news-attribution convention
 * clearly goes one way (counted both ways on a training corpus):
 * <ul>
 *   <li>a quotation followed by its speech tag ends at its closing mark:
 *       {@code “A,” Jane Roe, a teacher} → {@code “A,”};</li>
 *   <li>a closing appositive summing up the report is not said by the source:
 *       {@code X said A, a figure that B} → {@code A};</li>
 *   <li>the addressee of {@code tell}, {@code remind}, {@code assure} … is no content:
 *       {@code told the crowd on Friday that A} → {@code that A};</li>
 *   <li>nor a closing {@code , the …} after a noun-phrase content:
 *       {@code praised the pact, the deal she negotiated} → {@code the pact};</li>
 *   <li>nor a closing relative or contrast clause after one:
 *       {@code announced his engagement to Ann Berg, who is a pilot} → {@code his engagement to Ann Berg};</li>
 *   <li>the medium of a report is not part of what was said:
 *       {@code praised A in an interview on Sunday} → {@code A};
 *       nor the comparison after it: {@code A, compared with B} → {@code A};</li>
 *   <li>nor the source's comment on it: {@code endorsed A, calling her B} → {@code A};</li>
 *   <li>a report in a fronted subordinate clause ends with the clause:
 *       {@code While X said that A, B happened} → {@code that A};</li>
 *   <li>a second predicate of the source is not what the first one was about:
 *       {@code praised A and left early} → {@code A} (only when the content has no finite verb);</li>
 *   <li>a connective of the writer's is not: {@code said, however, that A} → {@code that A},
 *       {@code Still, A, she said} → {@code A};</li>
 *   <li>a quotation opened after {@code that} or {@code to} keeps it:
 *       {@code vowed to “fight on”} → {@code to “fight on”};</li>
 *   <li>and so does a noun whose complement the content is:
 *       {@code rejected the notion that A} → {@code the notion that A};</li>
 *   <li>a report inside a free relative is the whole clause:
 *       {@code what he saw as a betrayal} → all of it;</li>
 *   <li>a relative after a preposition is no piece of it:
 *       {@code an interview in which he said A} → {@code A};</li>
 *   <li>the words before a parenthetical tag belong to the content:
 *       {@code Voters, she said, want A} → {@code Voters} + {@code want A}.</li>
 * </ul>
 * Only single-piece contents are adjusted; {@code according to} reports keep theirs, since
 * they cover the whole chain of a nested report.
 */
final class ContentEdges {
    /** A closing quotation mark after ',', '?' or '!' and before the start of a speech tag. */
    private static final Pattern TAG = Pattern.compile(
            "[,?!]\\s*(”|\"|'')\\s+(?=(?:[A-Z][\\w.]*|he|she|they|we|I|it|said|says|added|adds|wrote|told|replied"
                    + "|according|the|a|an|promising|when|asked)\\b)");
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+an?\\s");
    private static final Pattern MEDIUM = Pattern.compile(
            "\\s+in an?\\s+(?:tweet|statement|interview|speech|email|e-mail|post|op-ed|letter|release)\\b");
    private static final Pattern COMPARED = Pattern.compile(",\\s+compared\\s");
    /** ", calling it …", ", adding …": the source's own comment on what it said, not part of it. */
    private static final Pattern COMMENT_PARTICIPLE = Pattern.compile(",\\s+(?:calling|saying|telling|noting|adding"
            + "|arguing|explaining|referring|insisting|urging|describing|accusing|declaring|warning|praising"
            + "|criticizing|asking|claiming|suggesting|writing|stating|contrasting|drawing)\\b");
    private static final Pattern ADDRESSEE_THAT = Pattern.compile("([^,“\"'.;:]{1,100}?)\\s+that\\s");
    private static final Pattern NOT_ADDRESSEE = Pattern.compile(
            "(?i)(?:that|to|if|whether|what|how|why|who|when|where|he|she|they|I|we|it|you)\\b.*");
    private static final Pattern CLAUSE_WORD = Pattern.compile(
            "\\b(?:is|was|are|were|has|have|had|said|says|believes?|believed|think|thought|and)\\b");
    private static final Set<String> ADDRESSEE_CUES = Set.of("tell", "remind", "persuade", "assure", "inform",
            "convince", "warn", "write", "promise", "notify", "reassure");
    /** A sentence opening with a subordinate clause ("While …", "Even though …"). */
    private static final Pattern SUBORDINATOR = Pattern.compile("[\\s\"“'‘]*(?i:while|although|though|as|when|if|after"
            + "|because|since|before|whereas|once|unless|until|even\\s+(?:though|if|as|when|after|before))\\b");
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    private static final Set<String> LONE_CONNECTIVES = Set.of("and", "but", "so", "or", "yet", "still");

    /** A determiner, up to two modifiers and a noun that takes a that-clause, before the content. */
    private static final Pattern COMPLEMENT_NOUN = Pattern.compile("(?i)\\s+((?:the|a|an|his|her|their|its)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:notion|idea|fact|possibility|claims?|suggestion|assurance|argument|view|belief"
            + "|prospect|perception|premise|theory|impression|sense|assertion|charges?|allegations?|accusations?"
            + "|reports?|rumou?rs?|concerns?|fears?|hope|reality|message|point|case|evidence|promise|pledge|warning|threat"
            + "|speculation|contention|narrative|news|word|conclusion|findings?|assessment))\\s+");
    /** "what" and one to six words, up to the cue. */
    private static final Pattern FREE_RELATIVE = Pattern.compile(
            "(?:^|[\\s,(“\"])((?i:what))\\s+(?:[\\w.’'-]+\\s+){1,6}$");
    private static final Pattern RELATIVE_PIECE = Pattern.compile("\\s*(?i:which|whom)\\s*");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:in|during|at|on|by|of|under|with|for|from|through|after)\\s+$");
    private static final Pattern QUOTE_LEAD = Pattern.compile("(?s)(?:.*\\s)?(that|to)\\s+");
    /** Text with a comma, colon or semicolon in it. */
    private static final Pattern CLAUSE_PUNCT = Pattern.compile("(?s).*[,:;].*");
    /** Text with a clause punctuation mark or a double quotation mark in it. */
    private static final Pattern PUNCT_OR_QUOTE = Pattern.compile("(?s).*[,.;:“\"”].*");
    private static final Pattern BARE_TO = Pattern.compile("\\s*to\\s+");
    /** Only a comma between cue and content, or a comma and an opening quotation mark. */
    private static final Pattern LONE_COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern COMMA_QUOTE = Pattern.compile("\\s*,\\s*(?:[\"“‘]|'')\\s*");
    /** "said, however, that A", "said and A": a connective of the writer's between cue and content. */
    private static final Pattern LEAD_AFTER_CUE = Pattern.compile("(?:and|but|however,)\\s+");
    /** "Still, A, she said": the writer's sentence adverb before an unquoted content preceding its cue. */
    private static final Pattern LEAD_BEFORE_CUE = Pattern.compile(
            "(?:Still|However|In fact|Meanwhile|Nevertheless|Nonetheless|Even so),\\s+");

    /** "…, her plan and her work": a last item after "and"/"or" makes the ", her …" a list item, not an appositive. */
    private static final Pattern LIST_END = Pattern.compile("\\s(?:and|or)\\s+(?:the|his|her|their|its|a|an)\\s");
    private static final Pattern DEFINITE_APPOSITIVE = Pattern.compile(",\\s+(?:the|his|her|their|its)\\s");
    private static final Pattern COMPLEMENTIZER = Pattern.compile(
            "(?i)(?:that|whether|if|how|why|what|who|whom|when|where|which)");
    /** A clause the writer hangs on a reported noun phrase: {@code praised the plan, which …}. */
    private static final Pattern NOUN_PHRASE_TAIL = Pattern.compile(",\\s+(which|who|while|but|even\\s+though)\\s");
    /** Tags of a first word that makes the content something other than a plain noun phrase. */
    private static final Set<String> NOT_NOUN_PHRASE_START = Set.of("IN", "VBN", "VBD", "VBG", "PRP", "RB");
    /** Comparative tags: "The sooner, the better" is a comparative pair, not a noun phrase with an appositive. */
    private static final Set<String> COMPARATIVES = Set.of("JJR", "RBR");

    private ContentEdges() {
    }

    static List<Candidate> apply(String text, Sentence s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (Candidate c : found) {
            out.add(adjust(text, s, c));
        }
        return out;
    }

    static Candidate adjust(String text, Sentence s, Candidate c) {
        if (c.content().size() > 1 && prepositionalRelative(text, c.content().get(0))
                && c.content().get(1).of(text).trim().split("\\s+").length > 3) {
            return with(c, c.content().subList(1, c.content().size()));
        }
        if (c.content().size() != 1 || c.cueLemma().equals("accord to")) {
            return c;
        }
        Span piece = c.content().get(0);
        Span core = core(text, piece);
        int b = core.begin();
        int e = core.end();
        boolean cueBefore = c.cueSpan().begin() < b;
        int end = quoteTagEnd(text, b, e);
        if (cueBefore) {
            end = Math.min(end, appositiveEnd(text, b, e));
            end = Math.min(end, coordinatedPredicateEnd(text, s, b, e));
            end = Math.min(end, frontedClauseEnd(text, s, c, piece.begin(), b, e));
            end = Math.min(end, firstOutsideQuotes(text, b, e, MEDIUM, true));
            end = Math.min(end, firstOutsideQuotes(text, b, e, COMPARED, false));
            end = Math.min(end, firstOutsideQuotes(text, b, e, COMMENT_PARTICIPLE, false));
            end = Math.min(end, definiteAppositiveEnd(text, s, b, e));
            end = Math.min(end, nounPhraseTailEnd(text, s, c, b, e));
        }
        int begin = cueBefore && ADDRESSEE_CUES.contains(c.cueLemma()) ? addresseeEnd(text, b, e) : b;
        Span front = frontedPiece(text, s, c, b);
        if (begin == b && front == null) {
            begin = connectiveEnd(text, b, e, cueBefore);
        }
        if (begin == b && cueBefore) { // the first of these rules that moves the start
            begin = quoteLeadBegin(text, c.cueSpan().end(), piece.begin(), b);
            if (begin == b) {
                begin = complementNounBegin(text, c.cueSpan().end(), piece.begin(), b);
            }
            if (begin == b) {
                begin = freeRelativeBegin(text, s, c, piece.begin(), b);
            }
        }
        // an edge no rule moved keeps its quotation marks
        Span main = new Span(begin == b ? piece.begin() : begin, end == e ? piece.end() : end);
        List<Span> content = front == null ? List.of(main) : List.of(front, main);
        return content.equals(c.content()) ? c : with(c, content);
    }

    /**
     * "an interview in which he said A": the relative "which" after a preposition stands for the
     * occasion, not for what was said, so it is no piece of the content (an object "which", as in
     * "a wall, which he said Mexico would pay for", is, and stays). A rest of three words or
     * fewer is the tail of an idiom cue ("on which they see eye to eye"), whose content is "which".
     */
    private static boolean prepositionalRelative(String text, Span first) {
        return RELATIVE_PIECE.matcher(first.of(text)).matches()
                && AFTER_PREPOSITION.matcher(text.substring(Math.max(0, first.begin() - 15), first.begin())).find();
    }

    private static Candidate with(Candidate c, List<Span> content) {
        return new Candidate(c.source(), c.sourceHead(), c.cue(), content, c.cueLemma(), c.direct(), c.confidence());
    }

    /** The piece without the quotation marks and punctuation at its edges, as a reader compares it. */
    static Span core(String text, Span piece) {
        int b = piece.begin();
        int e = piece.end();
        while (b < e && ignorable(text.charAt(b))) {
            b++;
        }
        while (e > b && ignorable(text.charAt(e - 1))) {
            e--;
        }
        return b < e ? new Span(b, e) : piece;
    }

    private static boolean ignorable(char ch) {
        if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
            return true;
        }
        return switch (Character.getType(ch)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** True when an opening quotation mark stands right before offset {@code b}. */
    private static boolean opensQuote(String text, int b) {
        String before = text.substring(Math.max(0, b - 3), b).stripTrailing();
        return before.endsWith("“") || before.endsWith("\"") || before.endsWith("''");
    }

    /** Whether a cut at {@code pos} would leave a quotation opened inside {@code s} unclosed. */
    private static boolean insideQuote(String s, int pos) {
        String inner = s.substring(0, pos);
        return count(inner, "“") > count(inner, "”") || count(inner, "\"") % 2 == 1
                || count(inner, "''") % 2 == 1 && !inner.contains("``");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int k = s.indexOf(what); k >= 0; k = s.indexOf(what, k + what.length())) {
            n++;
        }
        return n;
    }

    /** "“A,” Jane Roe, a teacher": the content ends with the closing mark before the speech tag. */
    private static int quoteTagEnd(String text, int b, int e) {
        if (!opensQuote(text, b)) {
            return e;
        }
        String s = text.substring(b, e);
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            String inner = s.substring(0, m.start());
            String mark = m.group(1);
            if (mark.equals("\"") && count(inner, "\"") % 2 == 1 || mark.equals("”") && count(inner, "“") > count(inner, "”")) {
                continue; // closes a quotation opened inside the content
            }
            return b + m.end(1);
        }
        return e;
    }

    /** "A, a figure that B" at the very end (no comma after it): the appositive comments on the report. */
    private static int appositiveEnd(String text, int b, int e) {
        String s = text.substring(b, e);
        Matcher m = APPOSITIVE.matcher(s);
        int last = -1;
        while (m.find()) {
            if (m.start() > 0 && !insideQuote(s, m.start())) {
                last = m.start();
            }
        }
        if (last < 0 || s.indexOf(',', last + 1) >= 0) {
            return e;
        }
        return b + last;
    }

    /**
     * "praised the trade pact, the deal the senator negotiated" → "the trade pact": a closing
     * ", the …" (or ", his …") after a content that is a plain noun phrase names or describes
     * what was reported and is the writer's addition. Counted both ways on a training corpus, it holds only when the
     * noun phrase has no finite verb and no comma of its own (a list "A, B, the C" or a clause
     * keeps its appositive) and is not a comparative pair ("The sooner, the better").
     */
    private static int definiteAppositiveEnd(String text, Sentence s, int b, int e) {
        String str = text.substring(b, e);
        Matcher m = DEFINITE_APPOSITIVE.matcher(str);
        int cut = -1;
        while (m.find()) {
            boolean closing = str.indexOf(',', m.end()) < 0 && str.indexOf('—', m.end()) < 0;
            if (m.start() > 0 && closing && !insideQuote(str, m.start())) {
                cut = m.start();
            }
        }
        if (cut < 0 || str.substring(0, cut).indexOf(',') >= 0 || LIST_END.matcher(str.substring(cut + 1)).find()) {
            return e;
        }
        List<Token> in = tokensWithin(s, b, b + cut);
        if (!plainNounPhrase(in) || in.size() > 1 && Tokens.lower(in.get(0)).equals("the")
                && COMPARATIVES.contains(in.get(1).ptb())) {
            return e;
        }
        return b + cut;
    }

    /**
     * "announced his engagement to Ann Berg, who is a pilot" → "his engagement to Ann Berg":
     * a relative, "while", "but" or "even though" clause after a noun-phrase content is the
     * writer's addition. Counted both ways on a training corpus, it holds only in the plainest
     * shape: no finite verb and no comma before the clause, none after it (else the clause sits
     * inside a subject: "the plan, which X backs, failed"), "who" right after a name, the noun
     * phrase at least a third of the content (a short head before a long clause is as often
     * the whole report), and not for "say", whose noun-phrase contents are mostly broken clauses.
     */
    private static int nounPhraseTailEnd(String text, Sentence s, Candidate c, int b, int e) {
        if (c.cueLemma().equals("say")) {
            return e;
        }
        String str = text.substring(b, e);
        Matcher m = NOUN_PHRASE_TAIL.matcher(str);
        int cut = -1;
        while (cut < 0 && m.find()) {
            if (m.start() > 0 && !insideQuote(str, m.start())) {
                cut = m.start();
            }
        }
        if (cut < 0 || str.lastIndexOf(',', cut - 1) >= 0 || str.indexOf(',', m.end()) >= 0) {
            return e;
        }
        List<Token> in = tokensWithin(s, b, b + cut);
        if (!plainNounPhrase(in) || m.group(1).equals("who") && !in.get(in.size() - 1).ptb().startsWith("NNP")
                || 100 * in.size() < 34 * tokensWithin(s, b, e).size()) {
            return e;
        }
        return b + cut;
    }

    /** No complementizer, verb form or adverb up front and no finite verb: an object, not a clause. */
    private static boolean plainNounPhrase(List<Token> in) {
        return !in.isEmpty() && !COMPLEMENTIZER.matcher(in.get(0).text()).matches()
                && !NOT_NOUN_PHRASE_START.contains(in.get(0).ptb()) && in.stream().noneMatch(Tokens::isFinite);
    }

    private static int firstOutsideQuotes(String text, int b, int e, Pattern p, boolean noClauseAfter) {
        String s = text.substring(b, e);
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (m.start() > 0 && !insideQuote(s, m.start())) {
                String rest = s.substring(m.end());
                // "disclosed in a letter that A": the medium comes before the real content
                if (noClauseAfter && (rest.contains(" that ") || rest.matches("(?s).*[“\"].*"))) {
                    return e;
                }
                return b + m.start();
            }
        }
        return e;
    }

    /**
     * "praised the plan and called it bold": when the content has no finite verb of its own, an
     * "and"/"but" followed by a finite verb coordinates with the cue, so what follows is a second
     * predicate of the source, not part of what was praised. A content with its own finite verb
     * ("said the plan was late and cost more") keeps its coordination.
     */
    private static int coordinatedPredicateEnd(String text, Sentence s, int b, int e) {
        List<Token> in = tokensWithin(s, b, e);
        for (int i = 1; i < in.size() - 1; i++) {
            Token t = in.get(i);
            if (Tokens.isFinite(t)) { // a content with its own finite verb is a clause of its own
                return e;
            }
            if (!COORDINATORS.contains(Tokens.lower(t)) || insideQuote(text.substring(b, t.begin()), t.begin() - b)) {
                continue;
            }
            int j = i + 1;
            while (j < in.size() - 1 && in.get(j).ptb().equals("RB")) {
                j++;
            }
            if (in.get(j).ptb().equals("VBD") || in.get(j).ptb().equals("VBZ")) {
                int end = t.begin();
                while (end > b && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
                    end--;
                }
                return end > b ? end : e;
            }
        }
        return e;
    }

    /**
     * "While the mayor said that A, the workers left": a report inside a fronted subordinate
     * clause ends with that clause, at its first comma; the main clause is the writer's.
     */
    private static int frontedClauseEnd(String text, Sentence s, Candidate c, int pieceBegin, int b, int e) {
        int cueBegin = c.cueSpan().begin();
        if (cueBegin < s.begin() || pieceBegin < c.cueSpan().end()) {
            return e;
        }
        String head = text.substring(s.begin(), cueBegin);
        Matcher m = SUBORDINATOR.matcher(head);
        // "As the paper reported, A, B": a comma between the cue and the content is another shape
        if (!m.lookingAt() || head.indexOf(',') >= 0
                || CLAUSE_PUNCT.matcher(text.substring(c.cueSpan().end(), pieceBegin)).matches()) {
            return e;
        }
        String content = text.substring(b, e);
        for (int k = content.indexOf(','); k > 0; k = content.indexOf(',', k + 1)) {
            boolean inNumber = Character.isDigit(content.charAt(k - 1)) && k + 1 < content.length()
                    && Character.isDigit(content.charAt(k + 1));
            if (!inNumber && !insideQuote(content, k)) {
                return b + k;
            }
        }
        return e;
    }

    private static List<Token> tokensWithin(Sentence s, int b, int e) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.begin() >= b && t.end() <= e) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "said, however, that A" or "Still, A, she said": the connective links the report to the
     * writer's previous sentence and is not part of what was said. Counted both ways on a training
     * corpus, only these forms are cut: a capitalized "But"/"And" opening a content is as often
     * kept as not, and after a fronted first piece ("A, he said, but B") "but" joins the pieces.
     */
    private static int connectiveEnd(String text, int b, int e, boolean cueBefore) {
        if (opensQuote(text, b)) {
            return b; // inside a quotation the connective is the speaker's own
        }
        Matcher m = (cueBefore ? LEAD_AFTER_CUE : LEAD_BEFORE_CUE).matcher(text.substring(b, e));
        return m.lookingAt() && m.end() < e - b ? b + m.end() : b;
    }

    /**
     * "vowed to “fight on”", "told them that “we will win”": a quotation opened right after the
     * complementizer still reports through it, and the training corpus counts "to" / "that" as
     * part of the content, as it does for unquoted contents. "to" only right after the cue
     * ("in contrast to “…”" is no complement).
     */
    private static int quoteLeadBegin(String text, int cueEnd, int pieceBegin, int b) {
        if (!opensQuote(text, b) || pieceBegin < cueEnd) {
            return b;
        }
        String between = text.substring(cueEnd, pieceBegin);
        Matcher m = QUOTE_LEAD.matcher(between);
        if (!m.matches() || PUNCT_OR_QUOTE.matcher(between).matches()
                || m.group(1).equals("to") && !BARE_TO.matcher(between).matches()) {
            return b;
        }
        return cueEnd + m.start(1);
    }

    /**
     * "rejected the notion that A" → "the notion that A": a noun that takes the that-clause as its
     * complement (the idea, the fact, his argument) names the content itself, and the training
     * corpus counts it in. Only nouns of that kind: "told the crowd that A" has an addressee.
     */
    private static int complementNounBegin(String text, int cueEnd, int pieceBegin, int b) {
        if (pieceBegin < cueEnd || !text.startsWith("that ", b)) {
            return b;
        }
        Matcher m = COMPLEMENT_NOUN.matcher(text.substring(cueEnd, pieceBegin));
        return m.matches() ? cueEnd + m.start(1) : b;
    }

    /**
     * "what he saw as a betrayal" → the whole free relative: the training corpus takes a report
     * inside a "what" clause as the clause, its source and cue included ("what Ann said was
     * true"). Only a "what" a few words before the cue, with the content right after the cue.
     */
    private static int freeRelativeBegin(String text, Sentence s, Candidate c, int pieceBegin, int b) {
        int cueBegin = c.cueSpan().begin();
        if (pieceBegin - c.cueSpan().end() > 3 || pieceBegin < c.cueSpan().end()) {
            return b;
        }
        int from = Math.max(s.begin(), cueBegin - 80);
        Matcher m = FREE_RELATIVE.matcher(text.substring(from, cueBegin));
        return m.find() ? from + m.start(1) : b;
    }

    /** "told the crowd on Friday that A": the content starts at "that". */
    private static int addresseeEnd(String text, int b, int e) {
        String s = text.substring(b, e);
        Matcher m = ADDRESSEE_THAT.matcher(s);
        if (!m.lookingAt()) {
            return b;
        }
        String addressee = m.group(1);
        if (NOT_ADDRESSEE.matcher(addressee).matches() || CLAUSE_WORD.matcher(addressee).find()) {
            return b;
        }
        return b + m.end() - "that ".length();
    }

    /**
     * "Voters, she said, want A": the words before the source, set off by commas, are the first
     * piece of the content. A lone connective ("But, he added, …") is not.
     */
    private static Span frontedPiece(String text, Sentence s, Candidate c, int b) {
        if (c.source().isEmpty()) {
            return null;
        }
        int sourceBegin = c.source().get(0).begin();
        int cueEnd = c.cueSpan().end();
        if (!(sourceBegin < cueEnd && cueEnd <= b)
                || !(LONE_COMMA.matcher(text.substring(cueEnd, b)).matches()
                        || COMMA_QUOTE.matcher(text.substring(cueEnd, b)).matches() && Character.isLowerCase(text.charAt(b)))
                || sourceBegin <= s.begin()) {
            return null;
        }
        String before = text.substring(Math.max(s.begin(), sourceBegin - 3), sourceBegin);
        if (!before.matches("(?s).*,\\s*")) {
            return null;
        }
        int fb = s.begin();
        while (fb < sourceBegin && (Character.isWhitespace(text.charAt(fb)) || "\"“''".indexOf(text.charAt(fb)) >= 0)) {
            fb++;
        }
        int fe = sourceBegin;
        while (fe > fb && (text.charAt(fe - 1) == ',' || Character.isWhitespace(text.charAt(fe - 1)))) {
            fe--;
        }
        if (fe - fb < 1 || fe - fb > 150
                || LONE_CONNECTIVES.contains(text.substring(fb, fe).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Span(fb, fe);
    }
}
