package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Finds source–cue–content triples in one sentence with rules over UD part-of-speech tags and
 * the document's quotation spans. Stateless apart from the shared lexicon. Each pattern lives
 * in its own class; this one tries them token by token and resolves overlaps.
 *
 * <ul>
 *   <li>{@link VerbalPattern}: a reporting verb with its source and content;</li>
 *   <li>{@link AccordingTo}: {@code according to X};</li>
 *   <li>{@link LightVerbPattern}: a light verb with a cue noun ({@code X raised questions about …});</li>
 *   <li>{@link StancePattern}: a stance adjective after a copula ({@code X is critical of …});</li>
 *   <li>{@link BackingPattern}: {@code X supports Y} with the object alone as content;</li>
 *   <li>{@link NominalPattern}: a noun cue with a possessor ({@code X's claim that …});</li>
 *   <li>{@link BareNounPattern}: a sourceless noun cue ({@code Opposition to …}, {@code complaints that …});</li>
 *   <li>{@link RaisingPattern}: sourceless raising and passive cues ({@code X seems to …});</li>
 *   <li>{@link SourcelessCue}: {@code X reportedly did Y}, {@code … when asked about Y};</li>
 *   <li>{@link PollPattern}: {@code In a new X poll, …} and respondents ({@code those surveyed say …});</li>
 *   <li>{@link AskedClause}: an opening {@code Asked about X, …} clause;</li>
 *   <li>{@link DashSignature}: a quoted paragraph signed "- Name" on the next line;</li>
 *   <li>{@link ColonHeadline}: {@code Name: …} headlines, when nothing else matched or all else lies inside its quotation;</li>
 *   <li>{@link ContentEdges}: the ends of the contents that stay;</li>
 *   <li>{@link Neighbours}: overlapping attributions in the sentence;</li>
 *   <li>{@link VerbGroups#cueEdges}: where each cue ends;</li>
 *   <li>{@link QuotePatterns#throughQuotation}, {@link QuotePatterns#withSecondHalf}: direct
 *       contents continued over sentence and paragraph breaks.</li>
 * </ul>
 */
final class AttributionFinder {
    private final VerbalPattern verbal;
    private final RaisingPattern raising;
    private final NominalPattern nominal;
    private final Lexicon lexicon;
    private final OpeningParticiple openingParticiple;
    private final LightVerbPattern lightVerb;
    private final StancePattern stance = new StancePattern();
    private final BareNounPattern bareNoun = new BareNounPattern();
    /** Left out of the verb lexicon: as verbs they report an object, not a clause. */
    private final BackingPattern backing = new BackingPattern(java.util.Set.of("support", "endorse", "oppose", "like", "dislike"));

    AttributionFinder(Lexicon lexicon) {
        NounPhrases nps = new NounPhrases(lexicon);
        this.verbal = new VerbalPattern(lexicon, nps);
        this.raising = new RaisingPattern(lexicon);
        this.nominal = new NominalPattern(lexicon);
        this.lexicon = lexicon;
        this.openingParticiple = new OpeningParticiple(lexicon, nps);
        this.lightVerb = new LightVerbPattern(nps);
    }

    List<Candidate> find(String text, Sentence annotated, List<Span> quotes) {
        // names the universal tagger took for adverbs or verbs; "…, records show.": the verb the chunker took for a noun
        Sentence s = TagRepair.apply(FinalShowVerb.retag(annotated));
        boolean[] quoted = QuotePatterns.quotedTokens(s, quotes);
        List<Candidate> out = new ArrayList<>();
        Candidate previous = null;
        Candidate outer = null; // the last report whose source and cue are not inside an earlier content
        int nounsTaken = -1; // a light verb's cue noun is not a second, possessed noun cue
        List<Candidate> nominals = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (quoted[i]) {
                continue;
            }
            Token t = s.token(i);
            Candidate c = null;
            boolean possessed = false;
            boolean bare = false;
            if (openingParticiple.isCue(s, i) && (c = openingParticiple.find(text, s, i, quoted)) != null) {
                // "After criticizing the plan, the mayor …": the main clause's subject is the source
            } else if (ReportedBy.isCue(s, i, lexicon) && (c = ReportedBy.find(text, s, i, quoted)) != null) {
                // "As reported by X, …", "The meeting was first reported by X"
            } else if (t.text().equalsIgnoreCase("asked") && (c = AskedClause.find(text, s, i, quoted)) != null) {
                // "Asked about X, Y said …": the question; the answer is found at its own cue
            } else if (SourcelessCue.isCue(s, i) && (c = SourcelessCue.find(text, s, i, quoted)) != null) {
                // "X reportedly did Y", "…, he said when asked about Y": no source
            } else if (PollPattern.isInPoll(s, i) && (c = PollPattern.inPoll(text, s, i, quoted)) != null) {
                // "In a new poll released Thursday, …": the poll is the source, "in" the cue
            } else if (OrdinalEndorser.isCue(s, i) && (c = OrdinalEndorser.find(text, s, i, quoted)) != null) {
                // "the first senator to endorse X"
            } else if (AsPutIt.isCue(s, i) && (c = AsPutIt.find(text, s, i, quotes)) != null) {
                // "as X put it, "…"": a parenthetical source
            } else if (InView.isCue(s, i) && (c = InView.find(text, s, i, quoted)) != null) {
                // "In the planner's view, …": the possessor holds the clause
            } else if (t.lemma().equals("accord") && i + 1 < s.size() && s.token(i + 1).lemma().equals("to")) {
                c = AccordingTo.find(text, s, i);
            } else if (ReceivedBacking.isCue(s, i) && (c = ReceivedBacking.find(text, s, i, quoted)) != null) {
                // "X has the support of Y", "X won the endorsement of Y": Y backs X
            } else if (LightVerbPattern.cueNoun(s, i) >= 0 && (c = lightVerb.find(text, s, i, quoted, lender(s, i, previous, outer))) != null) {
                // "X voiced concerns about Y": the noun, not the light verb, is the cue
                nounsTaken = LightVerbPattern.cueNoun(s, i);
            } else if (StancePattern.isCue(s, i) && (c = stance.find(text, s, i, quoted)) != null) {
                // "X has been critical of Y"
            } else if ((backing.isCue(t) || BackingPattern.voteObject(s, i) > 0 || BackingPattern.nounAsVerb(s, i)) && (c = backing.find(text, s, i, quoted)) != null) {
                // "most farmers support the quota", "the council voted for the levy"
            } else if ((t.is("VERB") || VerbalPattern.mistaggedVerb(t)) && verbal.isCue(s, i) || verbal.isHeadlineCue(s, i)
                    || verbal.isMistaggedCue(s, i) || verbal.isTagEndCue(s, i)) {
                c = verbal.find(text, s, i, quotes, quoted, lender(s, i, previous, outer));
            } else if (InSupportOf.isCue(s, i) && (c = InSupportOf.find(text, s, i, quoted)) != null) {
                // "X came out in support of Y", "X voted in opposition to Y"
            } else if (SupporterOf.isCue(s, i) && (c = SupporterOf.find(text, s, i, quoted)) != null) {
                // "X is a fervent supporter of Y", "X, a longtime supporter of Y, …"
            } else if (i > nounsTaken && nominal.isCue(t)) {
                c = nominal.find(text, s, i, quoted);
                possessed = c != null;
            }
            if (c == null && i > nounsTaken && bareNoun.isCue(t)) {
                c = bareNoun.find(text, s, i, quoted); // no possessor, no light verb
                bare = c != null; // nor has it a subject to lend a following participle
            }
            if (c == null && t.is("VERB")) {
                c = raising.find(text, s, i, quotes, quoted);
            }
            if (c != null && !c.content().isEmpty()) {
                out.add(c);
                if (possessed) {
                    nominals.add(c);
                }
                if (!possessed && !bare && !c.source().isEmpty()) {
                    // "his attacks on X, saying …": the possessive is no subject to share; nor is the
                    // empty source of "a film titled "…"" between a speaker and his next participle
                    previous = c;
                    final Candidate found = c;
                    if (out.stream().noneMatch(o -> o != found && inside(o.content(), found))) {
                        outer = c;
                    }
                }
            }
        }
        // "the mayor rebuffed the council's claim that …": a possessed noun cue inside another
        // report's content is that report's topic; an attribution corpus annotates the outer report only.
        out.removeIf(c -> nominals.contains(c) && out.stream().anyMatch(o -> o != c && inside(o.content(), c)));
        // "X used his speech to call for …": a possessed noun inside another report's cue is part of that cue
        out.removeIf(c -> nominals.contains(c) && out.stream().anyMatch(o -> o != c
                && o.cueSpan().begin() <= c.cueSpan().begin() && c.cueSpan().end() <= o.cueSpan().end()));
        Candidate signed = out.isEmpty() ? DashSignature.find(text, s) : null;
        if (signed != null) {
            out.add(signed); // "\"….\"\n\n- Ann Olsen."
        }
        Candidate headline = ColonHeadline.find(text, s);
        Candidate colon = headline == null ? ColonQuotation.find(text, s, quotes, quoted, out) : null;
        if (colon != null) {
            out.add(colon); // "The mayor shot back: “…”"
        }
        if (headline != null && (out.isEmpty() || speaksFirst(headline) && allInside(out, headline.content().get(0)))) {
            // "Rubio: I still believe Trump can't be trusted": the reports inside the quoted
            // headline belong to its speaker, not to the people it names.
            out.clear();
            out.add(headline);
        }
        // "The owner praised the coach, who has promised B": a relative pronoun's report says what
        // follows its cue; a content before the pronoun is the clause the relative hangs on (on
        // PolNeAR-train such candidates were almost never gold). A quotation before it stays:
        // ""…," said Ann Berg, who wrote about it" is the speaker's.
        out.removeIf(c -> relativeWithContentBefore(text, c));
        // Content edges last: the cuts above decide which reports stay, these only move their ends.
        List<Candidate> edged = VerbGroups.cueEdges(s, ContentEdges.apply(text, s, Neighbours.cut(text, s, out)));
        // Quotations last: a direct content runs on to its closing mark and into the quotation
        // that opens the next sentence or paragraph, whichever pattern found it.
        List<Candidate> done = new ArrayList<>(edged.size());
        for (Candidate c : edged) {
            done.add(QuotePatterns.withSecondHalf(text, QuotePatterns.throughQuotation(text, c, quotes), quotes));
        }
        return done;
    }

    /** A dash, comma or semicolon before the conjunction: the writer's own coordination. */
    private static final java.util.Set<String> CLAUSE_BREAKS = java.util.Set.of("—", "–", "-", "--", ",", ";");

    /**
     * The report whose source a subjectless cue right after "and"/"but" shares. "X said he has no
     * plans to run — and thinks that B": after a dash or comma the conjunction coordinates with
     * the outer report, not with the one nested in its content, so X, not "he", thinks B.
     */
    private static Candidate lender(Sentence s, int i, Candidate previous, Candidate outer) {
        if (previous == null || outer == null || previous == outer || i < 2 || !inside(outer.content(), previous)) {
            return previous;
        }
        String conj = s.token(i - 1).text().toLowerCase(java.util.Locale.ROOT);
        boolean turn = (conj.equals("and") || conj.equals("but")) && CLAUSE_BREAKS.contains(s.token(i - 2).text());
        // "X said she hoped to cut costs and predicted that B": the outer content already ends at
        // the conjunction (a second predicate of X's), so X, not the nested "she", predicts B.
        boolean cutHere = conj.equals("and") && !outer.content().isEmpty()
                && outer.content().get(outer.content().size() - 1).end() <= s.token(i - 1).begin()
                && s.token(i - 2).end() <= outer.content().get(outer.content().size() - 1).end();
        return turn || cutHere ? outer : previous;
    }

    /** Whether the source and cue of {@code c} lie within one of the spans {@code content}. */
    private static boolean inside(List<Span> content, Candidate c) {
        Span cue = c.cueSpan();
        int begin = c.source().isEmpty() ? cue.begin() : Math.min(cue.begin(), c.source().get(0).begin());
        return content.stream().anyMatch(sp -> sp.begin() <= begin && cue.end() <= sp.end());
    }

    private static boolean relativeWithContentBefore(String text, Candidate c) {
        if (c.source().size() != 1 || c.content().isEmpty() || c.direct()) {
            return false;
        }
        Span src = c.source().get(0);
        return ChunkPhrases.RELATIVES.contains(text.substring(src.begin(), src.end()).toLowerCase(java.util.Locale.ROOT))
                && c.content().get(0).begin() < src.begin();
    }

    /** The "Name: content" form, as opposed to "content: Name". */
    private static boolean speaksFirst(Candidate headline) {
        return headline.source().get(0).end() <= headline.cueSpan().begin();
    }

    private static boolean allInside(List<Candidate> found, Span content) {
        return found.stream().allMatch(c -> content.contains(c.cueSpan()));
    }
}
