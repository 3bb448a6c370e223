package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Place;

/**
 * Scores one article's predicted attributions against its gold ones (shared/eval/FORMAT.md).
 * Pure: no NLP, no state; the corpus figures are the sums of the per-article {@link Tally}s.
 *
 * <p>Definitions (applied to source, cue and content separately; a role whose span list covers
 * no character, e.g. an empty source, contributes neither a gold nor a predicted span):
 * <ul>
 *   <li><b>exact</b>: a predicted span-set is correct when the set of characters it covers equals
 *   that of a not yet matched gold span-set; each piece is first trimmed of leading/trailing
 *   whitespace and punctuation (unless only such characters remain, e.g. a ":" cue). So a
 *   discontinuous prediction equals a discontinuous gold with the same pieces, but a single span
 *   covering the gap between gold pieces is not exact.</li>
 *   <li><b>overlap</b>: spans become sets of word tokens; overlap(pred, gold) = |pred ∩ gold| /
 *   |gold|. Predictions and gold spans are paired one-to-one greedily, best overlap first (ties:
 *   higher Jaccard first, so the tighter of two covering predictions wins; then text order).
 *   A pair counts at threshold t when its overlap >= t. Because the greedy order is by overlap,
 *   this is the same as "each prediction is matched to the gold span it overlaps most, each gold
 *   at most once". A single span covering a discontinuous gold has overlap 1.0.</li>
 *   <li>P = matches / predicted, R = matches / gold, F1 their harmonic mean (0 when undefined).</li>
 * </ul>
 * Attributions are paired by the same greedy overlap of their contents, keeping pairs with
 * overlap >= {@link #ATTRIBUTION_THRESHOLD}. On each pair: the speaker is right when both sources
 * are empty, or the source spans share a token, or both give a speaker name and the names are
 * equal ignoring case; the cue is right when the cue spans share a token; Wikidata, places (as a
 * case-insensitive name set, plus Jaccard) and statement date are judged where the gold has them.
 */
public final class Scorer {
    public static final double LOW = 0.3;
    public static final double HIGH = 0.8;
    public static final double ATTRIBUTION_THRESHOLD = LOW;

    /** One pairing from the greedy one-to-one assignment. */
    record Link(int pred, int gold, double overlap, double jaccard) {}

    public ArticleScore score(String text, List<GoldAttribution> gold, List<Attribution> predicted) {
        TextIndex idx = new TextIndex(text);
        for (GoldAttribution g : gold) {
            idx.check(g.source(), "gold source");
            idx.check(g.cue(), "gold cue");
            idx.check(g.content(), "gold content");
        }
        for (Attribution p : predicted) {
            idx.check(p.source(), "predicted source");
            idx.check(p.cue(), "predicted cue");
            idx.check(p.content(), "predicted content");
        }
        SpanCounts source = scoreRole(idx, roles(gold, GoldAttribution::source), roles(predicted, Attribution::source));
        SpanCounts cue = scoreRole(idx, roles(gold, GoldAttribution::cue), roles(predicted, Attribution::cue));
        SpanCounts content = scoreRole(idx, roles(gold, GoldAttribution::content), roles(predicted, Attribution::content));

        // Attribution alignment through the content span.
        List<BitSet> goldContent = new ArrayList<>();
        for (GoldAttribution g : gold) {
            goldContent.add(idx.tokens(g.content()));
        }
        List<BitSet> predContent = new ArrayList<>();
        for (Attribution p : predicted) {
            predContent.add(idx.tokens(p.content()));
        }
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<MatchedPair> matched = new ArrayList<>();
        int speakerOk = 0, cueOk = 0, wdTotal = 0, wdOk = 0, plTotal = 0, plOk = 0, dTotal = 0, dOk = 0;
        double plJaccard = 0;
        for (Link l : assign(predContent, goldContent)) {
            if (l.overlap() < ATTRIBUTION_THRESHOLD) {
                break;
            }
            GoldAttribution g = gold.get(l.gold());
            Attribution p = predicted.get(l.pred());
            goldUsed[l.gold()] = true;
            predUsed[l.pred()] = true;
            boolean sp = speakerOk(idx, g, p);
            boolean cu = cueOk(idx, g, p);
            Boolean wd = null;
            if (g.wikidata() != null) {
                wd = p.speaker() != null && p.speaker().wikidata() != null
                        && qid(g.wikidata()).equalsIgnoreCase(qid(p.speaker().wikidata()));
                wdTotal++;
                wdOk += wd ? 1 : 0;
            }
            Boolean pl = null;
            Double jac = null;
            if (g.places() != null) {
                Set<String> gp = names(g.places());
                Set<String> pp = new HashSet<>();
                for (Place place : p.places()) {
                    pp.add(norm(place.name()));
                }
                pl = gp.equals(pp);
                jac = jaccard(gp, pp);
                plTotal++;
                plOk += pl ? 1 : 0;
                plJaccard += jac;
            }
            Boolean dt = null;
            if (g.statementDate() != null) {
                dt = g.statementDate().equals(p.date());
                dTotal++;
                dOk += dt ? 1 : 0;
            }
            speakerOk += sp ? 1 : 0;
            cueOk += cu ? 1 : 0;
            matched.add(new MatchedPair(g, p, l.overlap(), sp, cu, wd, pl, jac, dt));
        }
        List<GoldAttribution> missed = new ArrayList<>();
        int goldWd = 0, goldPl = 0, goldDate = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldAttribution g = gold.get(i);
            goldWd += g.wikidata() != null ? 1 : 0;
            goldPl += g.places() != null ? 1 : 0;
            goldDate += g.statementDate() != null ? 1 : 0;
            if (!goldUsed[i]) {
                missed.add(g);
            }
        }
        List<Attribution> spurious = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!predUsed[i]) {
                spurious.add(predicted.get(i));
            }
        }
        AttributionCounts ac = new AttributionCounts(gold.size(), predicted.size(), matched.size(), speakerOk,
                cueOk, goldWd, wdTotal, wdOk, goldPl, plTotal, plOk, plJaccard, goldDate, dTotal, dOk);
        return new ArticleScore(new Tally(source, cue, content, ac), matched, missed, spurious);
    }

    private static <T> List<List<Span>> roles(List<T> items, Function<T, List<Span>> role) {
        List<List<Span>> out = new ArrayList<>();
        for (T t : items) {
            List<Span> spans = role.apply(t);
            if (TextIndex.present(spans)) {
                out.add(spans);
            }
        }
        return out;
    }

    private static SpanCounts scoreRole(TextIndex idx, List<List<Span>> gold, List<List<Span>> pred) {
        List<BitSet> goldChars = new ArrayList<>();
        List<BitSet> goldTokens = new ArrayList<>();
        for (List<Span> g : gold) {
            goldChars.add(idx.chars(g));
            goldTokens.add(idx.tokens(g));
        }
        boolean[] used = new boolean[gold.size()];
        int exact = 0;
        List<BitSet> predTokens = new ArrayList<>();
        for (List<Span> p : pred) {
            BitSet chars = idx.chars(p);
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && goldChars.get(i).equals(chars)) {
                    used[i] = true;
                    exact++;
                    break;
                }
            }
            predTokens.add(idx.tokens(p));
        }
        int o30 = 0;
        int o80 = 0;
        for (Link l : assign(predTokens, goldTokens)) {
            o30 += l.overlap() >= LOW ? 1 : 0;
            o80 += l.overlap() >= HIGH ? 1 : 0;
        }
        return new SpanCounts(gold.size(), pred.size(), exact, o30, o80);
    }

    /**
     * Greedy one-to-one assignment, best overlap (fraction of the gold tokens) first. Returns the
     * links in decreasing overlap order; pairs sharing no token are never linked.
     */
    static List<Link> assign(List<BitSet> pred, List<BitSet> gold) {
        List<Link> candidates = new ArrayList<>();
        for (int p = 0; p < pred.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                BitSet inter = (BitSet) pred.get(p).clone();
                inter.and(gold.get(g));
                int n = inter.cardinality();
                if (n == 0) {
                    continue;
                }
                int union = pred.get(p).cardinality() + gold.get(g).cardinality() - n;
                candidates.add(new Link(p, g, (double) n / gold.get(g).cardinality(), (double) n / union));
            }
        }
        candidates.sort(Comparator.comparingDouble(Link::overlap).reversed()
                .thenComparing(Comparator.comparingDouble(Link::jaccard).reversed())
                .thenComparingInt(Link::pred)
                .thenComparingInt(Link::gold));
        boolean[] predUsed = new boolean[pred.size()];
        boolean[] goldUsed = new boolean[gold.size()];
        List<Link> out = new ArrayList<>();
        for (Link l : candidates) {
            if (!predUsed[l.pred()] && !goldUsed[l.gold()]) {
                predUsed[l.pred()] = true;
                goldUsed[l.gold()] = true;
                out.add(l);
            }
        }
        return out;
    }

    private static boolean speakerOk(TextIndex idx, GoldAttribution g, Attribution p) {
        boolean gs = TextIndex.present(g.source());
        boolean ps = TextIndex.present(p.source());
        if (!gs && !ps) {
            return true;
        }
        if (gs && ps && idx.tokens(g.source()).intersects(idx.tokens(p.source()))) {
            return true;
        }
        return g.speaker() != null && p.speaker() != null
                && norm(g.speaker()).equals(norm(p.speaker().name()));
    }

    private static boolean cueOk(TextIndex idx, GoldAttribution g, Attribution p) {
        boolean gc = TextIndex.present(g.cue());
        boolean pc = TextIndex.present(p.cue());
        if (!gc || !pc) {
            return gc == pc;
        }
        return idx.tokens(g.cue()).intersects(idx.tokens(p.cue()));
    }

    /** "Q76", "wd:Q76" and "http://www.wikidata.org/entity/Q76" all mean Q76. */
    private static String qid(String s) {
        String t = s.strip();
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return t.substring(cut + 1);
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> names(List<String> places) {
        Set<String> out = new HashSet<>();
        for (String p : places) {
            out.add(norm(p));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        return (double) inter.size() / (a.size() + b.size() - inter.size());
    }
}
