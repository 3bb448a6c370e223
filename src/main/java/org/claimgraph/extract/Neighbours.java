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

/**
 * Overlapping attributions within one sentence: coordinated clauses cut the earlier content, nested
 * reports mostly go (PolNeAR labels each token once, and on train the outer report is the gold one
 * about ten times as often as the inner one).
 */
final class Neighbours {
    /**
     * What ends an earlier content before a second report. Besides a comma, semicolon or
     * "and/but", a contrastive "while/whereas" (not "that while …", which opens the content)
     * and ", as / , after / , which / even as" join two reports that PolNeAR-train annotates
     * both, the first content cut before the second source. The comma may carry a closing quotation
     * mark ("… got in trouble for far less," one of the inspectors said …).
     */
    private static final Pattern COORDINATION = Pattern.compile("(?:[,;][\"\u201d\u2019']*\\s*(?:and|but|while|whereas|(?:even\\s+)?(?:although|though))?\\s*$)|;|\\s(?:and|but)\\s*$"
            + "|(?<!\\bthat)\\s(?:[Ww]hile|[Ww]hereas)\\s*$|,\\s*(?:even\\s+|just\\s+)?(?:as|after|which)\\s*$|\\seven\\s+as\\s*$");

    /**
     * "X defended the vote, but late on Saturday he announced B": a contrastive turn, then a short
     * adverbial (no verb, no quotation, no comma) before the second report's source. The second
     * report is a coordinated clause of the writer's, as with a bare ", but he announced".
     */
    private static final Pattern ADVERBIAL_TURN = Pattern.compile(
            "(?:,\\s*but|;)\\s+((?:[\\w\u2019'-]+\\s+){1,4})$");

    /** Content text that ends in a preposition right before the next cue ("… to resign for "). */
    private static final Pattern PREPOSITION_END = Pattern.compile("\\s(?:for|by|after|before|of|without|while)\\s*$");

    private Neighbours() {
    }

    /** Verbs of thought and wish: as an outer cue PolNeAR often leaves them to the speech report inside. */
    static final Set<String> THINKING = Set.of("think", "believe", "know", "want", "hope", "feel",
            "expect", "fear", "doubt", "worry", "understand", "realize", "wish", "suspect", "assume",
            "consider", "see");
    /** Verbs of speech proper. */
    static final Set<String> SAYING = Set.of("say", "tell", "add", "claim", "state", "announce",
            "insist", "argue", "warn", "note", "explain", "write", "report", "declare", "assert",
            "acknowledge", "admit", "suggest", "predict", "promise", "reply", "respond", "ask", "urge",
            "call", "describe", "testify", "confirm", "deny", "point");

    /**
     * Whether a report nested in another's content stands too. Measured on PolNeAR-train: an
     * "according to" report is kept (gold in 10 of 13 such pairs: its source reports the clause
     * around it), and so is a speech report inside a thought report ("They believed X told the
     * board …"), whose cue matched the gold 40% of the time against 3-6% for other nested reports.
     */
    private static boolean keepsNested(Candidate outer, Candidate inner) {
        return inner.cueLemma().equals("accord to")
                || THINKING.contains(head(outer.cueLemma())) && SAYING.contains(head(inner.cueLemma()));
    }

    /** A word of the content, then "after/before/as" right before the nested report ("… the email came hours after "). */
    private static final Pattern TEMPORAL_CLAUSE = Pattern.compile("\\w[\\w\u2019'\"\u201d]*\\s+(?:after|before|as)\\s*$");
    /** "that as …" opens the content; "and/but as", "such as", "as well as", "just/even as" are not a temporal clause inside it. */
    private static final Pattern NOT_TEMPORAL = Pattern.compile("(?:\\bthat|\\band|\\bbut|\\bsuch|\\bwell|\\bjust|\\beven)\\s+\\w+\\s*$");

    /**
     * "X denounced the ban, announced hours after Y proposed it": a report with its own source in a
     * temporal clause ("after / before / as") that hangs off a word inside the outer content is an
     * event of its own, and PolNeAR-train labels it as a second report beside the outer one (on
     * train about 40% of these inner reports match a gold content, well above the 10% of nested
     * reports in general, so keeping them raises content ov30 recall at little cost).
     */
    private static boolean temporalClause(Candidate inner, String between) {
        return !inner.source().isEmpty() && TEMPORAL_CLAUSE.matcher(between).find()
                && !NOT_TEMPORAL.matcher(between).find();
    }

    /** A word of the content, then "by" right before the nested report ("… won the vote by "). */
    private static final Pattern BY_END = Pattern.compile("\\w[\\w\u2019'\"\u201d]*\\s+by\\s*$");

    /**
     * "X won the vote by promising cheaper fares": a gerund report after "by" inside the outer
     * content names how its subject acted, and PolNeAR-train labels that promise, claim or attack
     * as a report of its own (its cue matches a gold cue in about 40% of such pairs, against 10%
     * for nested reports in general).
     */
    private static boolean byGerund(Sentence s, Candidate inner, String between) {
        if (!BY_END.matcher(between).find()) {
            return false;
        }
        int at = inner.cueSpan().begin();
        for (Token t : s.tokens()) {
            if (t.begin() == at) {
                return t.ptb().equals("VBG");
            }
        }
        return false;
    }

    /** "say"/"tell": the plain reporting verbs. */
    private static final Set<String> SAY = Set.of("say", "tell");
    /** A clause break (comma, full stop, dash) somewhere between the outer content start and the inner report. */
    private static final Pattern BREAK = Pattern.compile("[,.;:\u2014\u2013-](?:['\u2019\u201d\"]+)?\\s");

    /**
     * Outer cues that present survey findings ("a poll shows / found / in a poll, 60 percent
     * said …"): the gold keeps the poll report and drops the say-report inside (16 of 18 on train).
     */
    private static final Set<String> FINDINGS = Set.of("show", "find", "in");

    /**
     * Whether a say/tell report nested in another report's content stands beside it. Measured on
     * the nested drops of PolNeAR-train:
     * <ul>
     * <li>inside a say/tell content, after a clause break before the inner source ("X said A, at
     * the hearing Y said B", "60 percent said yes, against 20 percent who said C"), the gold keeps
     * both about five times as often as only the outer one;</li>
     * <li>inside the content of a cue that is neither speech, thought nor a survey finding ("X
     * praised the plan, which Y said …", "X cited a summit where Y said …") the say-report is gold
     * in 31 of 54 pairs, against 28 of 67 under a speech or thought cue.</li>
     * </ul>
     */
    private static boolean keepsNestedSay(Candidate outer, Candidate inner, String between) {
        if (!SAY.contains(head(inner.cueLemma()))) {
            return false;
        }
        String o = head(outer.cueLemma());
        if (SAY.contains(o)) {
            return BREAK.matcher(between).find();
        }
        return !SAYING.contains(o) && !THINKING.contains(o) && !FINDINGS.contains(o);
    }

    /** The verb of a multi-word cue lemma ("call for" → "call"). */
    static String head(String lemma) {
        int space = lemma.indexOf(' ');
        return space < 0 ? lemma : lemma.substring(0, space);
    }

    /**
     * Resolves attributions that overlap within a sentence. A cue inside an earlier indirect
     * content is either a coordinated clause ("X said A, and Y warned B"), which ends that
     * content, or a report nested in it ("X said Y had proposed B"), which is dropped.
     */
    static List<Candidate> cut(String text, Sentence s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (int a = 0; a < out.size(); a++) {
            Candidate c = out.get(a);
            // "A told B that C, according to D": D reports the whole chain, which stays its content,
            // and the report nested in it stands on its own.
            // A content marked direct only because a quotation sits inside it ("accused the board of
            // "hiding the books" and Y says B"), after its cue, is an indirect content and ends before a
            // coordinated report too; a report nested in it still stands, as before (measured: dropping
            // those lowered ov30 recall on PolNeAR-train).
            if (c.direct() && (opensWithQuote(text, c) || c.content().get(0).begin() < c.cueSpan().end())
                    || c.cueLemma().equals("accord to")) {
                continue;
            }
            // Only the last piece of a discontinuous content can run into a later report.
            Span content = c.content().get(c.content().size() - 1);
            List<Span> lead = c.content().subList(0, c.content().size() - 1);
            for (int b = 0; b < out.size(); b++) {
                Candidate other = out.get(b);
                // "X said A, and Y said "B."": a quotation after its own cue and source is a
                // coordinated report like any other; one before its tag ("“B,” Y said") is not.
                if (other == c || other.direct() && other.content().get(0).begin() < other.cueSpan().end()) {
                    continue;
                }
                int otherStart = other.cueSpan().begin();
                for (Span src : other.source()) {
                    if (!c.source().contains(src)) {
                        otherStart = Math.min(otherStart, src.begin());
                    }
                }
                if (otherStart < content.begin() || otherStart >= content.end() || other.cueSpan().equals(c.cueSpan())) {
                    continue;
                }
                String between = text.substring(content.begin(), otherStart);
                int turn = otherStart == content.begin() ? finalTagTurn(text, c, other, content) : -1;
                if (turn >= 0) {
                    // "Members said they back the levy, but they would not campaign for it, they said":
                    // the opening report keeps its clause, the closing tag the one after ", but".
                    Span inner = trim(text, new Span(other.content().get(0).begin(), turn));
                    Span outer = trim(text, new Span(turn + 1, content.end()));
                    if (inner != null && outer != null && other.content().size() == 1) {
                        out.set(b, new Candidate(other.source(), other.sourceHead(), other.cue(), List.of(inner),
                                other.cueLemma(), other.direct(), other.confidence()));
                        c = new Candidate(c.source(), c.sourceHead(), c.cue(), List.of(outer), c.cueLemma(),
                                c.direct(), c.confidence());
                        out.set(a, c);
                        content = outer;
                        continue;
                    }
                }
                // "Gomez said seeing so many officers was …": a report opening a say/tell content
                // is its subject clause, nested in it, not a second coordinated report.
                // "X called for Y to resign for saying Z": a participle after a preposition is an
                // adjunct inside the content, not a second report sharing X as its source; "X said A
                // and he feels B": a feeling inside a report's content is part of it, not a new report.
                // "A, records show, and experts say B": a piece of the content that resumes after a
                // parenthetical cue with "and/but" and a new report is that report's clause, not the first one's.
                // "that Hale, who has questioned the budget, would …": a report whose source is a
                // relative pronoun after a comma describes a noun inside the content; it is nested there
                // and both stand.
                boolean relative = other.source().size() == 1 && ChunkPhrases.RELATIVES.contains(
                        text.substring(other.source().get(0).begin(), other.source().get(0).end()).toLowerCase(Locale.ROOT));
                if (relative && between.stripTrailing().endsWith(",")) {
                    continue;
                }
                int turnAt = adverbialTurn(s, other, otherStart, between);
                boolean coordination = COORDINATION.matcher(between).find() || turnAt >= 0
                        || !lead.isEmpty() && LEADING_AND.matcher(between).matches();
                boolean coordinated = (coordination
                        || c.source().equals(other.source()) && !PREPOSITION_END.matcher(between).find())
                        && !(between.isBlank() && SAY.contains(head(c.cueLemma())))
                        && !head(other.cueLemma()).equals("feel")
                        && !(!coordination && gerundAfterWord(s, other, between));
                if (c.source().equals(other.source()) && THINKING.contains(head(other.cueLemma()))
                        && secondPredicateOfContent(s, content.begin(), otherStart, between)) {
                    continue;
                }
                if (coordinated) {
                    Span trimmed = LEADING_AND.matcher(between).matches() ? null
                            : trimConnectives(text, new Span(content.begin(), turnAt >= 0 ? content.begin() + turnAt : otherStart));
                    if (trimmed == null && !lead.isEmpty()) {
                        // the resumed piece held nothing but the connective: the content is the lead
                        c = new Candidate(c.source(), c.sourceHead(), c.cue(), lead, c.cueLemma(),
                                c.direct(), c.confidence());
                        out.set(a, c);
                        break;
                    }
                    if (trimmed == null) {
                        out.remove(a--);
                        break;
                    }
                    content = trimmed;
                    List<Span> pieces = new ArrayList<>(lead);
                    pieces.add(trimmed);
                    c = new Candidate(c.source(), c.sourceHead(), c.cue(), pieces, c.cueLemma(),
                            c.direct(), c.confidence());
                    out.set(a, c);
                } else if (!c.direct() && !keepsNested(c, other) && !keepsNestedSay(c, other, between)
                        && !temporalClause(other, between)
                        && !byGerund(s, other, between)) {
                    out.remove(b);
                    if (b < a) {
                        a--;
                    }
                    b--;
                }
            }
        }
        return out;
    }

    /**
     * "more important than defending the nation", "polls showing him second", "since announcing
     * his bid": a gerund cue right after a word (no comma) is a phrase inside the content, not a
     * second report of the same source, so the content runs on over it (on PolNeAR-train the outer
     * content was gold-longer in 25 such pairs and the gerund report itself gold in none).
     */
    private static boolean gerundAfterWord(Sentence s, Candidate other, String between) {
        if (between.isBlank() || !Character.isLetterOrDigit(between.charAt(between.stripTrailing().length() - 1))) {
            return false;
        }
        int at = other.cueSpan().begin();
        for (Token t : s.tokens()) {
            if (t.begin() == at) {
                return t.ptb().equals("VBG");
            }
        }
        return false;
    }

    /** Words that open a subordinate clause: the report after them is nested in it, not coordinated. */
    private static final Set<String> SUBORDINATING = Set.of("that", "if", "because", "although", "though", "as",
            "since", "while", "when", "whether", "unless", "until", "once", "after", "before", "so");

    /**
     * Where in {@code between} a contrastive turn starts that a verbless adverbial follows before a
     * sourced report, or -1.
     */
    private static int adverbialTurn(Sentence s, Candidate other, int otherStart, String between) {
        java.util.regex.Matcher m = ADVERBIAL_TURN.matcher(between);
        if (other.source().isEmpty() || !m.find()) {
            return -1;
        }
        int from = otherStart - m.group(1).length();
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= otherStart && (t.ptb().startsWith("VB") || t.ptb().equals("MD")
                    || t.ptb().startsWith("W") || t.ptb().equals("IN") && SUBORDINATING.contains(Tokens.lower(t)))) {
                return -1;
            }
        }
        return m.start();
    }

    private static final Pattern TURN = Pattern.compile(",\\s+(?:and|but)\\s");

    /**
     * The offset of the ", and/but" that splits a sentence-final say tag's content which opens with
     * a say report of another source ("X said A, but B, they said"), or -1.
     */
    private static int finalTagTurn(String text, Candidate c, Candidate other, Span content) {
        if (c.content().size() != 1 || c.cueSpan().begin() < content.end()
                || !SAY.contains(head(c.cueLemma())) || !SAY.contains(head(other.cueLemma()))
                || other.source().isEmpty() || other.content().isEmpty()) {
            return -1;
        }
        int from = other.cueSpan().end();
        if (from >= content.end()) {
            return -1;
        }
        java.util.regex.Matcher m = TURN.matcher(text.substring(from, content.end()));
        return m.find() ? from + m.start() : -1;
    }

    /** A resumed content piece that is only a connective before the next report ("and "). */
    private static final Pattern LEADING_AND = Pattern.compile("\\s*(?:and|but)\\s*");

    /** "and"/"but" with no comma before it, right before a verb. */
    private static final Pattern BARE_AND = Pattern.compile("(?<![,;\u2014\u2013-])\\s(?:and|but)\\s+$");

    /**
     * "She said she was tired of the fights and wanted a change": when the content is a clause
     * with its own finite verb, a bare "and wanted" coordinates inside that clause, so it is part
     * of the content, not a second report of the same source.
     */
    private static boolean secondPredicateOfContent(Sentence s, int from, int to, String between) {
        if (!BARE_AND.matcher(between).find()) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.begin() >= from && t.end() <= to && Tokens.isFinite(t)) {
                return true;
            }
        }
        return false;
    }

    /** Quotation marks that open a direct content. */
    private static final String OPENING_MARKS = "\"\u201c\u2018'";

    /** Whether the last content piece of {@code c} opens with a quotation mark, or right after one. */
    private static boolean opensWithQuote(String text, Candidate c) {
        Span last = c.content().get(c.content().size() - 1);
        return last.begin() < text.length() && OPENING_MARKS.indexOf(text.charAt(last.begin())) >= 0
                || last.begin() > 0 && OPENING_MARKS.indexOf(text.charAt(last.begin() - 1)) >= 0;
    }

    static Span trimConnectives(String text, Span span) {
        String s = text.substring(span.begin(), span.end());
        String stripped = s.replaceFirst("(?:[\\s,;]+(?:and|but|[Ww]hile|[Ww]hereas|(?:even\\s+)?(?:although|though)|(?:even\\s+|just\\s+)?as|before|after|which|adding|saying))*[\\s,;]*$", "");
        return trim(text, new Span(span.begin(), span.begin() + stripped.length()));
    }
}
