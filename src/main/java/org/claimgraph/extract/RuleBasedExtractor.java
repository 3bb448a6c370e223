package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Annotator;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.event.EventFinder;
import org.claimgraph.extract.event.TriggerLexicon;
import org.claimgraph.extract.mention.MentionFinder;

/**
 * The attribution pipeline for one article: annotate → quotations → candidate attributions per
 * sentence → speaker resolution → places → statement date. Thread-safe: all per-article state
 * lives in locals and in a per-article {@link SpeakerResolver}.
 */
public final class RuleBasedExtractor implements Extractor {
    private final Annotator annotator;
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final AttributionFinder finder;
    private final PlaceFinder places;
    private final QuoteFinder quotes = new QuoteFinder();
    private final DateResolver dates = new DateResolver();
    private final EventFinder events;
    private final MentionFinder mentions;
    private final AttributionFilter filter;

    public RuleBasedExtractor(Annotator annotator, Gazetteer gazetteer, Lexicon lexicon) {
        this.annotator = annotator;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.finder = new AttributionFinder(lexicon);
        this.places = new PlaceFinder(gazetteer);
        this.events = new EventFinder(new TriggerLexicon(), gazetteer);
        this.mentions = new MentionFinder(gazetteer, lexicon);
        this.filter = AttributionFilter.NONE;
    }

    private RuleBasedExtractor(RuleBasedExtractor base, AttributionFilter filter) {
        this.annotator = base.annotator;
        this.gazetteer = base.gazetteer;
        this.lexicon = base.lexicon;
        this.finder = base.finder;
        this.places = base.places;
        this.events = base.events;
        this.mentions = base.mentions;
        this.filter = filter;
    }

    /**
     * The same extractor (sharing its loaded models, so this is cheap) keeping only the
     * attributions {@code filter} accepts. Filtering happens before events link to statements.
     */
    public RuleBasedExtractor withFilter(AttributionFilter filter) {
        return new RuleBasedExtractor(this, java.util.Objects.requireNonNull(filter, "filter"));
    }

    @Override
    public ExtractedArticle extract(org.claimgraph.read.Article article) {
        AnnotatedText doc = annotator.annotate(article.text());
        List<Span> quoteSpans = quotes.find(doc.text());
        SpeakerResolver speakers = new SpeakerResolver(gazetteer, lexicon, doc);
        Place setting = places.setting(doc);
        List<Attribution> out = new ArrayList<>();
        Set<Span> seenCues = new HashSet<>();
        List<Sentence> sentenceOf = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        // Spans resolved as speakers or participants, so their mentions name the same actor.
        Map<Span, Actor> resolved = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Candidate c : finder.find(doc.text(), s, quoteSpans)) {
                if (!contentInsideSource(c) && !noReport(doc.text(), s, c) && seenCues.add(c.cueSpan())) {
                    sentenceOf.add(s);
                    candidates.add(c);
                }
            }
        }
        // Nesting across sentences: only now are the final contents known.
        List<Integer> nested = DocumentNesting.dropped(candidates);
        for (int k = nested.size() - 1; k >= 0; k--) {
            int drop = nested.get(k);
            candidates.remove(drop);
            sentenceOf.remove(drop);
        }
        // Dates after every candidate is known: the article's news day is read from its narration,
        // which excludes every attribution's content.
        StatementDates statementDates = new StatementDates(doc.text(), article.date(), dates, quoteSpans,
                candidates.stream().flatMap(c -> c.content().stream()).toList());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Sentence s = sentenceOf.get(i);
            Actor speaker = c.source().isEmpty() ? null : speakers.resolve(c.sourceHead(), sentenceOf(doc, c.sourceHead(), s));
            if (speaker != null) {
                resolved.putIfAbsent(c.sourceHead(), speaker);
            }
            StatementDates.Dated date = statementDates.dateOf(s.span(), c.cueSpan(), c.content());
            out.add(new Attribution(c.source(), c.cue(), c.content(), speaker, c.cueLemma(), c.direct(),
                    places.find(doc, c.content(), c.source(), c.cue(), setting), date == null ? null : date.date(),
                    date == null ? null : date.basis(), c.confidence()));
        }
        out.sort(Comparator.comparing(a -> a.cue().get(0)));
        out.removeIf(a -> !filter.keep(doc, a));
        // Events last: they link to statements by index, and resolve actors like speakers.
        Map<Span, Actor> looked = new HashMap<>();
        List<Event> found = events.find(doc, article.date(), out, (span, sentence) -> {
            Actor a = speakers.resolve(span, sentence);
            if (a != null) {
                looked.putIfAbsent(span, a);
            }
            return a;
        });
        // Only the look-ups that became an agent or participant: the others were candidates.
        Set<Actor> taking = new HashSet<>();
        found.forEach(e -> {
            taking.addAll(e.participants());
            if (e.agent() != null) {
                taking.add(e.agent());
            }
        });
        looked.forEach((span, a) -> {
            if (taking.contains(a)) {
                resolved.putIfAbsent(span, a);
            }
        });
        return new ExtractedArticle(article, out, found, mentions.find(doc, resolved));
    }

    /**
     * A candidate that reports no stance: a question to the reader, a thought inside a running
     * quotation, a phrasal verb, or a cue whose object is no proposition.
     */
    private static boolean noReport(String text, Sentence s, Candidate c) {
        return ReaderQuestion.isOne(text, s, c) || RunningQuotation.inside(text, c) || PhrasalParticle.follows(text, c)
                || NonPropositionalObject.isOne(text, c) || NonPropositionalObject.thatSeems(text, c)
                || NonPropositionalObject.prepositionalContent(text, c) || NonPropositionalObject.agentPhrase(text, c);
    }

    /**
     * A content inside its own source ("X, a retired worker, said pleasantly") is a misparse:
     * the real content is elsewhere, so the candidate is dropped rather than reported wrongly.
     */
    static boolean contentInsideSource(Candidate c) {
        for (Span content : c.content()) {
            for (Span source : c.source()) {
                if (source.contains(content)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Sentence sentenceOf(AnnotatedText doc, Span span, Sentence fallback) {
        if (fallback.span().contains(span)) {
            return fallback;
        }
        for (Sentence s : doc.sentences()) {
            if (s.span().overlaps(span)) {
                return s;
            }
        }
        return fallback;
    }
}
