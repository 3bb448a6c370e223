package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Finds source–cue–content triples in one sentence with rules over UD part-of-speech tags and
 * the document's quotation spans. Stateless apart from the shared lexicon.
 *
 * <p>Patterns: a subject NP before a reporting verb ({@code X said ...}), the inverted form
 * after a quotation ({@code "…," said X}), quotations before, after or around the cue, the
 * cue at the end of its sentence ({@code …, X said.}), {@code according to X}, a colon after a
 * name in a headline ({@code Blinken: …}), and a cue sharing the previous cue's source
 * ({@code X said … and added …}).
 */
final class AttributionFinder {
    /** Adverbs that open a clause or modify it as a whole, so they never join a verb group. */
    private static final Set<String> CLAUSE_ADVERBS = Set.of("when", "where", "how", "why", "so", "as", "here",
            "there", "now", "however", "meanwhile", "instead", "too", "yet", "thus", "therefore", "though",
            "also,", "well", "ago", "today", "tonight", "yesterday", "back", "out", "up", "down", "away");
    /** Prepositions whose adjunct PolNeAR counts into the cue ("said in a statement", "said of him"). */
    private static final Set<String> CUE_PREPOSITIONS = Set.of("in", "of", "about", "at", "during", "after", "with");
    /** Prepositions that open a post-modifier inside a subject NP ("partners in Tehran", "a producer for X"). */
    private static final Set<String> NP_PREPOSITIONS = Set.of("in", "for", "from", "on", "by", "with", "to", "at",
            "about", "like", "over", "among", "within");
    private static final Set<String> QUANTIFIERS = Set.of("all", "some", "none", "many", "most", "each", "both",
            "several", "few", "any", "one", "much", "half", "majority", "either", "neither");
    /** Verbs that raise the subject of their complement: "X seems to Y" is the writer's view of X. */
    private static final Set<String> RAISING_VERBS = Set.of("seem", "appear");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "who", "which", "that", "this", "one", "both", "some", "others", "many", "most");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "morning", "evening",
            "afternoon", "night", "late", "early", "last");
    private static final Pattern COORDINATION = Pattern.compile("(?:[,;]\\s*(?:and|but|while|whereas)?\\s*$)|;");
    private static final Pattern GAP_BEFORE = Pattern.compile("[\\s,—–-]*");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!?—–-]+$");
    private static final int MAX_NP = 20;

    private final Lexicon lexicon;

    AttributionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> find(String text, Sentence s, List<Span> quotes) {
        boolean[] quoted = quotedTokens(s, quotes);
        List<Candidate> out = new ArrayList<>();
        Candidate previous = null;
        for (int i = 0; i < s.size(); i++) {
            if (quoted[i]) {
                continue;
            }
            Token t = s.token(i);
            Candidate c = null;
            if (t.lemma().equals("accord") && i + 1 < s.size() && s.token(i + 1).lemma().equals("to")) {
                c = accordingTo(text, s, i);
            } else if (t.is("VERB") && isCue(s, i)) {
                c = verbal(text, s, i, quotes, quoted, previous);
            }
            if (c == null && t.is("VERB")) {
                c = raising(text, s, i, quotes, quoted);
            }
            if (c != null && !c.content().isEmpty()) {
                out.add(c);
                previous = c;
            }
        }
        if (out.isEmpty()) {
            Candidate headline = colon(text, s);
            if (headline != null) {
                out.add(headline);
            }
        }
        return cutAtNeighbours(text, s, out);
    }

    private boolean isCue(Sentence s, int i) {
        Token t = s.token(i);
        String lemma = lemmaOf(t);
        boolean cue = lexicon.verbCue(lemma) != null
                || (i + 1 < s.size() && lexicon.phrasalCue(lemma, s.token(i + 1).lemma()));
        if (!cue) {
            return false;
        }
        // "the announced pullbacks": a participle modifying a noun is not a reporting act.
        boolean afterDeterminer = i > 0 && (s.token(i - 1).is("DET") || s.token(i - 1).is("ADJ"));
        boolean beforeNoun = i + 1 < s.size() && s.token(i + 1).is("NOUN");
        return !(afterDeterminer && beforeNoun);
    }

    private Candidate verbal(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted, Candidate previous) {
        Token verb = s.token(i);
        int cueEnd = i + 1;
        String cueHead = lemmaOf(verb);
        String lemma = cueHead;
        if (i + 1 < s.size() && lexicon.phrasalCue(cueHead, s.token(i + 1).lemma())) {
            lemma = cueHead + " " + s.token(i + 1).lemma();
            cueEnd = i + 2;
        }
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        if (isPassive(s, group, i)) {
            return null; // "was quoted", "is expected": the subject is not the source
        }
        Lexicon.Frame frame = lexicon.verbCue(cueHead);
        List<Span> cue = List.of(tokens(s, group, cueEnd));

        int[] subject = leftNP(s, group, quoted);
        if (subject != null && allDateWords(s, subject) && subject[0] > 1 && s.token(subject[0] - 1).is("ADP")) {
            subject = leftNP(s, subject[0] - 1, quoted); // "Lavrov on Wednesday described"
        } else if (subject != null && allDateWords(s, subject)) {
            subject = null;
        }
        int[] source = subject;
        int[] head = subject;
        boolean inverted = false;
        if (subject == null && group > 0 && s.token(group - 1).text().equals(",")) {
            int[][] apposition = appositive(s, group - 1, quoted);
            if (apposition != null) {
                source = apposition[0];
                head = apposition[1];
            }
        }
        if (source == null && (group == 0 || isPunct(s.token(group - 1)))) {
            int[] after = rightNP(s, cueEnd, quoted);
            if (after != null && quoteEndingBefore(text, quotes, s.token(group).begin(), s) != null
                    || after != null && group > 0 && s.token(group - 1).text().equals(",")) {
                source = new int[] {after[0], appositiveEnd(s, after[1], quoted)};
                head = after;
                inverted = true;
            }
        }
        List<Span> sourceSpans;
        Span sourceHead;
        if (source != null) {
            sourceSpans = List.of(tokens(s, source[0], source[1]));
            sourceHead = tokens(s, head[0], head[1]);
        } else if (previous != null && sharesSource(s, group)) {
            sourceSpans = previous.source();
            sourceHead = previous.sourceHead();
        } else {
            return null;
        }

        int clauseStart = Math.min(s.token(group).begin(), sourceSpans.isEmpty() || sharesSource(s, group)
                ? s.token(group).begin() : sourceSpans.get(0).begin());
        int clauseEndTok = inverted ? source[1] : cueEnd;
        double conf = inverted ? 0.85 : 0.9;

        // A quotation right before the clause: "…," X said [, "…"].
        Span before = quoteEndingBefore(text, quotes, clauseStart, s);
        int tail = skipAdjuncts(s, clauseEndTok, quoted);
        if (before != null && (tail >= s.size() || isPunct(s.token(tail)))) {
            List<Span> content = new ArrayList<>();
            content.add(withLeadIn(text, s, before));
            int lastTok = Math.min(tail, s.size());
            Span after = quoteStartingAfter(text, quotes, s.token(lastTok - 1).end(), true);
            if (after != null && after.begin() > before.end()) {
                content.add(after);
            }
            return new Candidate(sourceSpans, sourceHead, cue, content, lemma, true, conf);
        }
        // X said: "…"  /  X told reporters, "…"
        Span after = quoteStartingAfter(text, quotes, s.token(Math.min(tail, s.size()) - 1).end(), false);
        if (after != null) {
            int quoteTok = s.tokenAtOrAfter(after.begin());
            int contentTok = frame == Lexicon.Frame.CLAUSE && !inverted ? clauseSubject(s, clauseEndTok, quoteTok) : quoteTok;
            cue = extendCue(s, group, cueEnd, contentTok, inverted);
            Span content = contentTok < quoteTok ? new Span(s.token(contentTok).begin(), after.end()) : after;
            return new Candidate(sourceSpans, sourceHead, cue, List.of(withTail(text, s, content)), lemma, true, conf);
        }
        // …, X said.  /  …, said X.
        boolean clauseAtEnd = tail >= s.size() || s.token(tail).is("PUNCT") && tail == s.size() - 1;
        int firstClauseTok = s.tokenAtOrAfter(clauseStart);
        if (clauseAtEnd && frame != null && tail - clauseEndTok <= 4 && firstClauseTok > 1
                && s.token(firstClauseTok - 1).text().equals(",")) {
            Span content = trim(text, new Span(s.begin(), s.token(firstClauseTok - 1).begin()));
            int[] lead = {0, firstClauseTok - 1};
            if (content != null && firstClauseTok - 1 >= 3 && !allDateWords(s, lead)) {
                return new Candidate(sourceSpans, sourceHead, cue, List.of(content), lemma, false, conf - 0.05);
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
        if (that < 0 && frame != null && start < s.size() && startsAdjunct(s.token(start))) {
            start = afterAdjunct(s, start, quoted); // "said in a statement on Monday, ..."
        }
        if (start < 0 || start >= s.size()) {
            return null;
        }
        Span content = trim(text, new Span(s.token(start).begin(), s.end()));
        if (content == null || words(s, start) < 2) {
            return null;
        }
        boolean direct = quotes.stream().anyMatch(q -> q.contains(content));
        cue = extendCue(s, group, cueEnd, start, false);
        Span lead = interruptedLead(text, s, sourceSpans.isEmpty() ? group : s.tokenAtOrAfter(clauseStart), cueEnd);
        List<Span> pieces = lead == null ? List.of(content) : List.of(lead, content);
        return new Candidate(sourceSpans, sourceHead, cue, pieces, lemma, direct, conf - 0.1);
    }

    /**
     * A quotation that ends a longer clause: PolNeAR's content starts at the beginning of the
     * sentence ("In 2009, when …, "states were …," she said"), unless the quotation itself
     * started in an earlier sentence.
     */
    private static Span withLeadIn(String text, Sentence s, Span quote) {
        if (quote.begin() <= s.begin() || quote.end() > s.end()) {
            return quote;
        }
        int first = 0;
        while (first < s.size() && isPunct(s.token(first))) {
            first++;
        }
        int quoteTok = s.tokenAtOrAfter(quote.begin());
        return quoteTok - first >= 1 && words(s, first) - words(s, quoteTok) >= 1
                ? new Span(s.token(first).begin(), quote.end()) : quote;
    }

    /** A quotation followed by more of the same clause ("X said Y "was …" and shared …"): up to the sentence end. */
    private static Span withTail(String text, Sentence s, Span content) {
        int next = s.tokenAtOrAfter(content.end());
        if (next >= s.size() || content.end() > s.end() || words(s, next) < 2) {
            return content;
        }
        Token t = s.token(next);
        if (isPunct(t) && !t.text().equals(",")) {
            return content; // "…" - she said / "…": another clause
        }
        for (int k = next; k < s.size(); k++) {
            if (s.token(k).is("VERB") && k > next && s.token(k - 1).is("PRON")) {
                return content; // "…" he said
            }
        }
        Span whole = trim(text, new Span(content.begin(), s.end()));
        return whole == null ? content : whole;
    }

    /**
     * For a clause-frame cue followed by a quotation, the first token of the content: PolNeAR's
     * content takes the subject before a partial quotation ("says Kasich "has a record""), while
     * time and place adjuncts stay out.
     */
    private static int clauseSubject(Sentence s, int from, int quoteTok) {
        for (int k = from; k < quoteTok; k++) {
            Token t = s.token(k);
            if (t.is("PROPN") || t.is("PRON") || t.is("NOUN") || t.is("DET")) {
                if (DATE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || k > from && s.token(k - 1).is("ADP")) {
                    continue;
                }
                return k;
            }
        }
        return quoteTok;
    }

    /**
     * The first part of an indirect content interrupted by its source and cue ("In some ways, X
     * noted, Y might …"): the text before the comma that precedes the source, when the cue is
     * followed by a comma.
     */
    private static Span interruptedLead(String text, Sentence s, int clauseTok, int cueEnd) {
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
     * The cue with a prepositional or manner adjunct that separates it from the content: PolNeAR's
     * cue runs on to the content in "said in a statement that", "said of the plan, "…"", "said
     * sarcastically". An addressee ("told reporters") or a bare date stays outside.
     */
    private static List<Span> extendCue(Sentence s, int group, int cueEnd, int contentStart, boolean inverted) {
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
        return end > cueEnd ? List.of(tokens(s, group, end)) : plain;
    }

    /**
     * Attributions without a source around a raising verb or a passive reporting verb: "X seems to
     * Y", "X appears weak", "X is expected to Y", "X was asked, "…"". PolNeAR takes the verb
     * group as the cue and the subject plus the complement as a two-piece content.
     */
    private Candidate raising(String text, Sentence s, int i, List<Span> quotes, boolean[] quoted) {
        Token verb = s.token(i);
        int group = i;
        while (group > 0 && !quoted[group - 1] && isVerbGroupWord(s.token(group - 1))) {
            group--;
        }
        boolean raisingVerb = RAISING_VERBS.contains(verb.lemma());
        boolean passive = !raisingVerb && isPassive(s, group, i) && lexicon.verbCue(lemmaOf(verb)) != null;
        if (!raisingVerb && !passive || i + 1 >= s.size() || quoted[i + 1]) {
            Span quote = passive ? quoteStartingAfter(text, quotes, verb.end(), false) : null;
            return quote == null ? null : new Candidate(List.of(), null, List.of(tokens(s, group, i + 1)),
                    List.of(quote), verb.lemma(), true, 0.6);
        }
        Token next = s.token(i + 1);
        // "to" + a verb (the tagger sometimes mistags it), not "to" + a noun phrase ("appeared to the court").
        boolean infinitive = next.text().equalsIgnoreCase("to") && i + 2 < s.size()
                && !Set.of("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "PUNCT").contains(s.token(i + 2).tag());
        boolean predicate = raisingVerb && (next.is("ADJ") || next.text().equalsIgnoreCase("that"));
        if (!infinitive && !predicate) {
            return null;
        }
        List<Span> cue = List.of(tokens(s, group, i + 1));
        Span rest = trim(text, new Span(next.begin(), s.end()));
        if (rest == null) {
            return null;
        }
        int[] subject = leftNP(s, group, quoted);
        if (subject == null || s.token(subject[0]).lemma().equals("it") && subject[1] - subject[0] == 1) {
            return predicate ? new Candidate(List.of(), null, cue, List.of(rest), verb.lemma(), false, 0.5) : null;
        }
        if (SUBJECT_PRONOUNS.contains(s.token(subject[0]).text().toLowerCase(Locale.ROOT)) && subject[1] - subject[0] == 1
                && !s.token(subject[0]).is("PRON")) {
            return null;
        }
        return new Candidate(List.of(), null, cue, List.of(tokens(s, subject[0], subject[1]), rest), verb.lemma(),
                false, 0.5);
    }

    private Candidate accordingTo(String text, Sentence s, int i) {
        Span cue = tokens(s, i, i + 2);
        int[] np = rightNP(s, i + 2, new boolean[s.size()]);
        if (np == null) {
            return null;
        }
        Span sourceHead = tokens(s, np[0], np[1]);
        int sourceEnd = np[1];
        // "according to the city's mayor, Jane Roe": the name after the comma is the speaker.
        if (np[1] + 1 < s.size() && s.token(np[1]).text().equals(",") && s.token(np[1] + 1).is("PROPN")) {
            int k = np[1] + 1;
            while (k < s.size() && s.token(k).is("PROPN")) {
                k++;
            }
            if (k == s.size() || isPunct(s.token(k))) {
                sourceHead = tokens(s, np[1] + 1, k);
                sourceEnd = k;
            }
        }
        Span source = tokens(s, np[0], sourceEnd);
        Span content;
        if (i == 0 || (i == 1 && isPunct(s.token(0)))) {
            int k = sourceEnd;
            while (k < s.size() && isPunct(s.token(k))) {
                k++;
            }
            content = k < s.size() ? trim(text, new Span(s.token(k).begin(), s.end())) : null;
        } else {
            content = trim(text, new Span(s.begin(), s.token(i).begin()));
        }
        return content == null ? null
                : new Candidate(List.of(source), sourceHead, List.of(cue), List.of(content), "accord to", false, 0.8);
    }

    /** Headline form "Name: content" or "content: Name". */
    private Candidate colon(String text, Sentence s) {
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.token(i).text().equals(":")) {
                continue;
            }
            Span cue = s.token(i).span();
            if (i <= 4 && allProper(s, 0, i)) {
                Span source = tokens(s, 0, i);
                Span content = trim(text, new Span(s.token(i + 1).begin(), s.end()));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
            int rest = s.size() - i - 1;
            if (rest <= 4 && allProper(s, i + 1, s.size())) {
                Span source = tokens(s, i + 1, s.size());
                Span content = trim(text, new Span(s.begin(), s.token(i).begin()));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
        }
        return null;
    }

    private static boolean allProper(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).is("PROPN")) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Resolves attributions that overlap within a sentence. A cue inside an earlier indirect
     * content is either a coordinated clause ("X said A, and Y warned B"), which ends that
     * content, or a report nested in it ("X said Y had proposed B"), which is dropped.
     */
    private static List<Candidate> cutAtNeighbours(String text, Sentence s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found);
        for (int a = 0; a < out.size(); a++) {
            Candidate c = out.get(a);
            if (c.content().size() != 1 || c.direct()) {
                continue;
            }
            Span content = c.content().get(0);
            for (int b = 0; b < out.size(); b++) {
                Candidate other = out.get(b);
                if (other == c || other.direct()) {
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
                boolean coordinated = COORDINATION.matcher(between).find() || c.source().equals(other.source());
                if (coordinated) {
                    Span trimmed = trimConnectives(text, new Span(content.begin(), otherStart));
                    if (trimmed == null) {
                        out.remove(a--);
                        break;
                    }
                    content = trimmed;
                    c = new Candidate(c.source(), c.sourceHead(), c.cue(), List.of(trimmed), c.cueLemma(),
                            c.direct(), c.confidence());
                    out.set(a, c);
                } else {
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

    private static Span trimConnectives(String text, Span span) {
        String s = text.substring(span.begin(), span.end());
        String stripped = s.replaceFirst("(?:[\\s,;]+(?:and|but|while|as|before|after|adding|saying))*[\\s,;]*$", "");
        return trim(text, new Span(span.begin(), span.begin() + stripped.length()));
    }

    // ---- noun phrases -------------------------------------------------------------------

    /** The NP ending right before token {@code end}, as [start, end), or null. */
    private int[] leftNP(Sentence s, int end, boolean[] quoted) {
        int j = end - 1;
        if (j < 0 || quoted[j]) {
            return null;
        }
        if (s.token(j).text().equals(")")) {
            int open = j - 1;
            while (open >= 0 && end - open < 10 && !s.token(open).text().equals("(")) {
                open--;
            }
            if (open <= 0 || !s.token(open).text().equals("(")) {
                return null;
            }
            int[] inner = leftNP(s, open, quoted);
            return inner == null ? null : new int[] {inner[0], end};
        }
        Token last = s.token(j);
        if (last.is("PRON")) {
            return SUBJECT_PRONOUNS.contains(last.lemma()) || SUBJECT_PRONOUNS.contains(last.text().toLowerCase(Locale.ROOT))
                    ? new int[] {j, end} : null;
        }
        if (!(last.is("PROPN") || last.is("NOUN") || last.is("NUM"))) {
            return null;
        }
        int start = j;
        j--;
        while (j >= 0 && end - j <= MAX_NP && !quoted[j]) {
            Token t = s.token(j);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("ADJ") || t.is("X")
                    || (t.is("PRON") && POSSESSIVES.contains(lower))) {
                start = j;
            } else if (t.is("DET") && j > 1 && (s.token(j - 1).text().equals("of") || s.token(j - 1).is("ADP")
                    && NP_PREPOSITIONS.contains(s.token(j - 1).text().toLowerCase(Locale.ROOT)))
                    && (isNominal(s.token(j - 2)) || isParticiple(s.token(j - 2)))) {
                start = j; // "the International Committee of the Red Cross", "a poll by the": go on past "of the"
            } else if (t.is("DET")) {
                start = j;
                break;
            } else if ((t.is("PART") && (lower.equals("'s") || lower.equals("’s")))
                    || (lower.equals("of") && j > 0 && (isNominal(s.token(j - 1)) || isQuantifier(s.token(j - 1))))
                    || (t.is("ADP") && NP_PREPOSITIONS.contains(lower) && j > 0
                            && (isNominal(s.token(j - 1)) || lower.equals("by") && isParticiple(s.token(j - 1)))
                            && !allDateWords(s, new int[] {j + 1, end})) // not "X on Friday"
                    || (t.is("VERB") && j > 0 && isNominal(s.token(j - 1)) && lower.endsWith("ed")
                            && s.token(j + 1).is("ADP")) // "a poll conducted by X"
                    || (t.is("VERB") && (lower.endsWith("ed") || lower.endsWith("ing")) && isNominal(s.token(j + 1)))
                    || ((lower.equals("and") || lower.equals("&") || lower.equals("nor")) && j > 0
                            && (isNominal(s.token(j - 1)) || s.token(j - 1).is("PRON"))
                            && (isNominal(s.token(j + 1)) || s.token(j + 1).is("DET") || s.token(j + 1).is("ADJ")
                                    || s.token(j + 1).is("PRON")))
                    || ((lower.equals(".") || lower.equals("-")) && j > 0 && s.token(j - 1).end() == t.begin())) {
                start = j;
            } else {
                break;
            }
            j--;
        }
        while (start < end - 1 && (DATE_WORDS.contains(s.token(start).text().toLowerCase(Locale.ROOT))
                || !isWordy(s.token(start)))) {
            start++;
        }
        return new int[] {start, end};
    }

    /** The NP starting at token {@code start}, as [start, end), or null. */
    private static int[] rightNP(Sentence s, int start, boolean[] quoted) {
        int k = start;
        while (k < s.size() && !quoted[k] && k - start < MAX_NP) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            boolean inside = k > start;
            if (t.is("PROPN") || t.is("NOUN") || t.is("NUM") || t.is("ADJ") || t.is("X")
                    || (t.is("DET") && !inside) || (t.is("PRON") && POSSESSIVES.contains(lower))
                    || (inside && t.is("PART") && (lower.equals("'s") || lower.equals("’s")))
                    || (inside && lower.equals("of") && k + 1 < s.size() && isNominal(s.token(k + 1)))
                    || (inside && (lower.equals(".") || lower.equals("-")) && s.token(k - 1).end() == t.begin()
                            && k + 1 < s.size() && s.token(k + 1).is("PROPN"))) {
                k++;
            } else {
                break;
            }
        }
        if (k == start) {
            return null;
        }
        for (int x = start; x < k; x++) {
            if (isNominal(s.token(x))) {
                return new int[] {start, k};
            }
        }
        return null;
    }

    /**
     * The end of an inverted source with its appositive ({@code said Jane Roe, a lawyer for the
     * union.}): the appositive runs to the end of the sentence or to the next quotation.
     */
    private int appositiveEnd(Sentence s, int npEnd, boolean[] quoted) {
        if (npEnd >= s.size() - 1 || !s.token(npEnd).text().equals(",")) {
            return npEnd;
        }
        int k = npEnd + 1;
        while (k < s.size() && !quoted[k]
                && !(s.token(k).is("VERB") && s.token(k).text().endsWith("ing") && lexicon.verbCue(s.token(k).lemma()) != null)) {
            k++;
        }
        while (k > npEnd + 1 && isPunct(s.token(k - 1))) {
            k--;
        }
        return k > npEnd + 1 ? k : npEnd;
    }

    /** "X, who …, said": the whole source and its head NP, or null. */
    private int[][] appositive(Sentence s, int comma, boolean[] quoted) {
        for (int c = comma - 1; c > 0 && comma - c <= 15; c--) {
            if (quoted[c] || s.token(c).is("VERB") && lexicon.verbCue(s.token(c).lemma()) != null) {
                return null;
            }
            if (s.token(c).text().equals(",")) {
                int[] np = leftNP(s, c, quoted);
                if (np == null) {
                    return null;
                }
                boolean adverb = comma - c == 2 && s.token(c + 1).is("ADV");
                // "the mayor of Lviv, Anna Kovalenko, said": the name between the commas is the head.
                int[] head = allProper(s, c + 1, comma) ? new int[] {c + 1, comma} : np;
                return new int[][] {adverb ? np : new int[] {np[0], comma}, head};
            }
        }
        return null;
    }

    private static boolean allDateWords(Sentence s, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (!DATE_WORDS.contains(s.token(k).text().toLowerCase(Locale.ROOT)) && !s.token(k).is("NUM")) {
                return false;
            }
        }
        return true;
    }

    /** "all of", "some of", "none of", "three of", "most of": a quantifier heading a partitive NP. */
    private static boolean isQuantifier(Token t) {
        return t.is("NUM") || (t.is("DET") || t.is("PRON") || t.is("ADJ"))
                && QUANTIFIERS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** A past participle after a noun: "a poll conducted (by)". */
    private static boolean isParticiple(Token t) {
        return t.is("VERB") && t.text().endsWith("ed");
    }

    private static boolean isNominal(Token t) {
        return t.is("PROPN") || t.is("NOUN");
    }

    private static boolean isWordy(Token t) {
        return Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static boolean isPunct(Token t) {
        return t.is("PUNCT");
    }

    /**
     * Whether a token belongs to the verb group before a cue: any auxiliary or modal ("has been",
     * "would", "can"), negation, and adverbs ("quickly accused", "also said"); PolNeAR's cue is
     * the whole verb group. Question and relative adverbs open a clause instead.
     */
    private static boolean isVerbGroupWord(Token t) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (t.is("AUX")) {
            return true;
        }
        if (t.is("PART")) {
            return lower.equals("not") || lower.equals("n't") || lower.equals("n’t");
        }
        return t.is("ADV") && !CLAUSE_ADVERBS.contains(lower) && Character.isLetter(lower.charAt(0));
    }

    private String lemmaOf(Token verb) {
        return lexicon.cueLemma(verb.lemma(), verb.text());
    }

    /** A form of "be" (or "get") in the verb group before a participle: "was quoted", "is expected". */
    private static boolean isPassive(Sentence s, int group, int verb) {
        String form = s.token(verb).text().toLowerCase(Locale.ROOT);
        if (form.endsWith("ing") || form.equals(s.token(verb).lemma()) || form.endsWith("s") && !form.endsWith("ss")) {
            return false;
        }
        for (int k = verb - 1; k >= group; k--) {
            Token t = s.token(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.lemma().equals("be") || lower.equals("been") || lower.equals("being") || t.lemma().equals("get")) {
                return true;
            }
            if (t.lemma().equals("have")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a cue without its own subject continues the previous one ("and added", ", adding"). */
    private static boolean sharesSource(Sentence s, int group) {
        if (s.token(group).text().endsWith("ing")) {
            return true;
        }
        if (group == 0) {
            return false;
        }
        String prev = s.token(group - 1).text().toLowerCase(Locale.ROOT);
        return prev.equals("and") || prev.equals("but") || prev.equals(",");
    }

    /** Skips an addressee and time adjuncts after the cue ("told reporters on Tuesday"). */
    private static int skipAdjuncts(Sentence s, int k, boolean[] quoted) {
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
    private static boolean startsAdjunct(Token t) {
        return t.is("ADP") && !t.text().equalsIgnoreCase("to")
                || DATE_WORDS.contains(t.text().toLowerCase(Locale.ROOT)) || t.lemma().equals("this");
    }

    /**
     * The first token after an adjunct that follows the cue and ends at a comma ("said in a
     * statement, the deal ..."); {@code from} itself when no such comma closes it.
     */
    private static int afterAdjunct(Sentence s, int from, boolean[] quoted) {
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

    /** A complementiser "that" within a few tokens of the cue, with no verb before it. */
    private static int findThat(Sentence s, int from, boolean[] quoted) {
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

    // ---- quotations and spans ---------------------------------------------------------------

    private static boolean[] quotedTokens(Sentence s, List<Span> quotes) {
        boolean[] quoted = new boolean[s.size()];
        for (Span q : quotes) {
            if (q.end() <= s.begin() || q.begin() >= s.end()) {
                continue;
            }
            for (int k = 0; k < s.size(); k++) {
                Token t = s.token(k);
                if (t.begin() >= q.begin() && t.end() <= q.end()) {
                    quoted[k] = true;
                }
            }
        }
        return quoted;
    }

    private static Span quoteEndingBefore(String text, List<Span> quotes, int offset, Sentence s) {
        for (int k = quotes.size() - 1; k >= 0; k--) {
            Span q = quotes.get(k);
            if (q.end() <= offset && GAP_BEFORE.matcher(text.substring(q.end(), offset)).matches()) {
                return q;
            }
            if (q.end() < offset - 3) {
                return null;
            }
        }
        return null;
    }

    /**
     * The quotation starting right after {@code offset}. With {@code acrossSentence} it may
     * follow a full stop: the second half of a split quote often is a sentence of its own
     * ({@code "A," X said. "B."}).
     */
    private static Span quoteStartingAfter(String text, List<Span> quotes, int offset, boolean acrossSentence) {
        for (Span q : quotes) {
            if (q.begin() >= offset) {
                String gap = text.substring(offset, q.begin()).strip();
                boolean sentenceGap = acrossSentence && gap.equals(".") && !text.substring(offset, q.begin()).contains("\n");
                return gap.isEmpty() || gap.equals(",") || gap.equals(":") || sentenceGap ? q : null;
            }
        }
        return null;
    }

    private static Span tokens(Sentence s, int from, int to) {
        return new Span(s.token(from).begin(), s.token(to - 1).end());
    }

    private static int words(Sentence s, int from) {
        int n = 0;
        for (int k = from; k < s.size(); k++) {
            if (isWordy(s.token(k))) {
                n++;
            }
        }
        return n;
    }

    /** Removes surrounding whitespace and trailing punctuation; null when nothing is left. */
    static Span trim(String text, Span span) {
        int b = span.begin();
        int e = span.end();
        while (b < e && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ',')) {
            b++;
        }
        String inner = text.substring(b, e);
        var m = TRAILING.matcher(inner);
        if (m.find()) {
            e = b + m.start();
        }
        return e - b < 2 ? null : new Span(b, e);
    }
}
