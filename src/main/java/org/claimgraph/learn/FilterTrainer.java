package org.claimgraph.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.claimgraph.eval.ArticleScore;
import org.claimgraph.eval.GoldArticle;
import org.claimgraph.eval.MatchedPair;
import org.claimgraph.eval.Scorer;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.RuleBasedExtractor;
import org.claimgraph.read.Article;

/**
 * Fits a {@link FilterModel} on gold articles: runs the rules over every article, labels each
 * attribution {@code keep} when the gold has it (content overlap ≥ 0.3 and an overlapping cue,
 * the scorer's matched attribution) and {@code drop} otherwise, and trains a maxent model on the
 * {@link AttributionFeatures}. The threshold is chosen on every tenth article held out from a
 * first model, to maximise attribution F1 there; the final model is then trained on all articles.
 */
public final class FilterTrainer {
    /** Settings; {@code iterations} and {@code cutoff} are OpenNLP's GIS parameters. */
    public record Settings(int iterations, int cutoff, int threads, Double threshold) {
        public Settings {
            if (iterations < 1 || cutoff < 0 || threads < 1) {
                throw new IllegalArgumentException("iterations and threads must be >= 1, cutoff >= 0");
            }
            if (threshold != null) {
                FilterModel.checkThreshold(threshold);
            }
        }
    }

    /** One attribution the rules found, as the model sees it, with its label. */
    record Sample(boolean keep, String[] features) {}

    /** The samples of one article and its number of gold attributions. */
    record ArticleSamples(List<Sample> samples, int gold) {}

    /** Held-out figures for one threshold: attribution P/R/F1 with the filter. */
    public record HeldOut(double threshold, double precision, double recall, double f1) {}

    /** A trained model and how it was chosen. */
    public record Result(FilterModel model, int articles, int candidates, int kept, HeldOut unfiltered, HeldOut chosen) {}

    private final RuleBasedExtractor extractor;
    private final Scorer scorer = new Scorer();

    public FilterTrainer(RuleBasedExtractor extractor) {
        this.extractor = extractor;
    }

    public Result train(List<GoldArticle> gold, Settings settings, String trainedOn, Consumer<String> progress) {
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold articles to train on");
        }
        List<ArticleSamples> all = samples(gold, settings.threads());
        int candidates = all.stream().mapToInt(a -> a.samples().size()).sum();
        int kept = all.stream().mapToInt(a -> (int) a.samples().stream().filter(Sample::keep).count()).sum();
        if (kept == 0 || kept == candidates) {
            throw new IllegalArgumentException("cannot learn from " + candidates + " attribution(s) of which " + kept
                    + " match the gold: the gold must confirm some of the rules' attributions and reject others");
        }
        progress.accept("labelled " + candidates + " attribution(s) from " + gold.size() + " article(s): " + kept
                + " match the gold");
        List<ArticleSamples> fit = new ArrayList<>();
        List<ArticleSamples> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 10 == 9 ? held : fit).add(all.get(i));
        }
        HeldOut unfiltered = heldOut(held, null, 0);
        double threshold;
        HeldOut chosen;
        if (settings.threshold() != null || held.isEmpty() || !hasBoth(fit)) {
            threshold = settings.threshold() == null ? 0.5 : settings.threshold();
            chosen = held.isEmpty() || !hasBoth(fit) ? null : heldOut(held, fitModel(fit, settings), threshold);
        } else {
            MaxentModel first = fitModel(fit, settings);
            chosen = null;
            for (int k = 1; k < 20; k++) {
                HeldOut h = heldOut(held, first, k / 20.0); // not k * 0.05: 0.15000000000000002
                if (chosen == null || h.f1() > chosen.f1() + 1e-9) {
                    chosen = h;
                }
            }
            threshold = chosen.threshold();
        }
        Properties info = new Properties();
        info.setProperty("trainedOn", trainedOn);
        info.setProperty("articles", Integer.toString(gold.size()));
        info.setProperty("attributions", Integer.toString(candidates));
        info.setProperty("matchingGold", Integer.toString(kept));
        info.setProperty("iterations", Integer.toString(settings.iterations()));
        info.setProperty("cutoff", Integer.toString(settings.cutoff()));
        FilterModel model = new FilterModel(fitModel(all, settings), threshold, info);
        return new Result(model, gold.size(), candidates, kept, unfiltered, chosen);
    }

    private static boolean hasBoth(List<ArticleSamples> articles) {
        boolean keep = false, drop = false;
        for (ArticleSamples a : articles) {
            for (Sample s : a.samples()) {
                keep |= s.keep();
                drop |= !s.keep();
            }
        }
        return keep && drop;
    }

    /** Attribution P/R/F1 over the held-out articles when {@code model} filters at {@code threshold}. */
    private static HeldOut heldOut(List<ArticleSamples> held, MaxentModel model, double threshold) {
        int predicted = 0, correct = 0, gold = 0;
        for (ArticleSamples a : held) {
            gold += a.gold();
            for (Sample s : a.samples()) {
                if (model == null || model.eval(s.features())[model.getIndex(FilterModel.KEEP)] >= threshold) {
                    predicted++;
                    correct += s.keep() ? 1 : 0;
                }
            }
        }
        double p = predicted == 0 ? 0 : (double) correct / predicted;
        double r = gold == 0 ? 0 : (double) correct / gold;
        return new HeldOut(threshold, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static MaxentModel fitModel(List<ArticleSamples> articles, Settings settings) {
        List<Event> events = new ArrayList<>();
        for (ArticleSamples a : articles) {
            for (Sample s : a.samples()) {
                events.add(new Event(s.keep() ? FilterModel.KEEP : FilterModel.DROP, s.features()));
            }
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        try {
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException("training the filter model failed", e);
        }
    }

    /** Runs the rules over every article on {@code threads} threads, in gold order. */
    List<ArticleSamples> samples(List<GoldArticle> gold, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, gold.size()), r -> {
            Thread t = new Thread(r, "train-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ArticleSamples>> futures = new ArrayList<>();
            for (GoldArticle g : gold) {
                futures.add(pool.submit(() -> samplesOf(g)));
            }
            List<ArticleSamples> out = new ArrayList<>();
            for (Future<ArticleSamples> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private ArticleSamples samplesOf(GoldArticle g) {
        // Features are computed where the annotated text is at hand; the filter keeps everything.
        Map<Attribution, String[]> features = new IdentityHashMap<>();
        RuleBasedExtractor recording = extractor.withFilter((doc, a) -> {
            features.put(a, AttributionFeatures.of(doc, a));
            return true;
        });
        ExtractedArticle x;
        try {
            x = recording.extract(new Article(g.id(), null, g.date(), null, g.publisher(), g.text(), g.origin()));
        } catch (RuntimeException e) {
            throw new IllegalStateException(g.origin() + " (article " + g.id() + "): extraction failed: " + e, e);
        }
        ArticleScore score = scorer.score(g.text(), g.attributions(), x.attributions());
        Set<Attribution> confirmed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (MatchedPair m : score.matched()) {
            if (m.cueOk()) {
                confirmed.add(m.predicted());
            }
        }
        List<Sample> samples = new ArrayList<>();
        for (Attribution a : x.attributions()) {
            samples.add(new Sample(confirmed.contains(a), features.get(a)));
        }
        return new ArticleSamples(samples, g.attributions().size());
    }
}
