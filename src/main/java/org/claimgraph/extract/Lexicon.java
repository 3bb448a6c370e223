package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reporting cues and title words, loaded once from resources; immutable and shared. */
public final class Lexicon {
    /**
     * How a cue's content is attached: a clause after the cue ("said (that) …"); an object that
     * belongs to the content ("called him "a liar""); an addressee that stays outside it ("told
     * reporters "…"").
     */
    public enum Frame { CLAUSE, OBJECT, ADDRESSEE }

    private final Map<String, Frame> verbs = new HashMap<>();
    private final Map<String, Set<String>> phrasal = new HashMap<>();
    private final Set<String> nouns = new HashSet<>();
    private final Set<String> titles = new HashSet<>();

    public Lexicon() {
        Gazetteer.readTsv("/org/claimgraph/extract/cues.tsv", r -> {
            switch (r[1]) {
                case "verb" -> verbs.put(r[0], Frame.valueOf(r[2].toUpperCase()));
                case "phrasal" -> phrasal.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[2]);
                case "noun" -> nouns.add(r[0]);
                default -> throw new IllegalStateException("cues.tsv: unknown kind " + r[1]);
            }
        });
        readLines("/org/claimgraph/extract/titles.txt", titles);
    }

    /** The frame of a verbal cue, or null when the lemma is not a reporting verb. */
    public Frame verbCue(String lemma) {
        return verbs.get(lemma);
    }

    /**
     * The lexicon's lemma for a verb token. The statistical lemmatiser sometimes gets an inflected
     * form wrong ("described" → "describ", "decried" → "decrie", "echoed" → "echoed"); when its
     * lemma is not a cue, the regular English inflections of the word form are tried instead.
     */
    public String cueLemma(String lemma, String form) {
        return knownLemma(lemma, form, w -> verbs.containsKey(w) || phrasal.containsKey(w));
    }

    /**
     * The lemma of a verb token as one of the words {@code known} lists: the lemmatiser's own when
     * it is known, else the first known regular form of the word ("heaped" → "heap", not "heape";
     * "snapped" → "snap", not "snapp"), else the lemmatiser's. For rules with verb lists of their
     * own, which need the same repair as the lexicon's cues.
     */
    static String knownLemma(String lemma, String form, java.util.function.Predicate<String> known) {
        if (known.test(lemma)) {
            return lemma;
        }
        String f = form.toLowerCase(java.util.Locale.ROOT);
        String irregular = IRREGULAR.get(f);
        if (irregular != null && known.test(irregular)) {
            return irregular;
        }
        // A capitalised form is left whole: "Planned Parenthood" is a name, not "plan".
        boolean lower = form.equals(f);
        String[] candidates = {f,
                strip(f, "ied", "y"), strip(f, "ies", "y"), strip(f, "ed", ""), strip(f, "ed", "e"), strip(f, "d", ""),
                strip(f, "es", ""), strip(f, "s", ""), strip(f, "ing", ""), strip(f, "ing", "e"),
                lower ? undouble(strip(f, "ed", "")) : null, lower ? undouble(strip(f, "ing", "")) : null};
        for (String c : candidates) {
            if (c != null && known.test(c)) {
                return c;
            }
        }
        return lemma;
    }

    /**
     * Irregular past forms the lemmatiser leaves as they are ("shot back" → "shot", "swore" → "swore"),
     * as it does "said" or "told" when the tagger calls them adjectives ("Yet another said/ADJ, …").
     */
    private static final Map<String, String> IRREGULAR = Map.of("shot", "shoot", "swore", "swear", "sworn", "swear",
            "said", "say", "told", "tell", "wrote", "write");

    /** "sparred" → "spar", "rigging" → "rig": a stem ending in a doubled consonant loses one of them. */
    private static String undouble(String stem) {
        if (stem == null || stem.length() < 3) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        return last == stem.charAt(stem.length() - 2) && "aeiouy".indexOf(last) < 0
                ? stem.substring(0, stem.length() - 1) : null;
    }

    private static String strip(String form, String suffix, String add) {
        return form.length() > suffix.length() + 2 && form.endsWith(suffix)
                ? form.substring(0, form.length() - suffix.length()) + add : null;
    }

    /** Whether {@code lemma + particle} is a phrasal cue ("call for", "point out"). */
    public boolean phrasalCue(String lemma, String particle) {
        Set<String> p = phrasal.get(lemma);
        return p != null && p.contains(particle);
    }

    public boolean nounCue(String lemma) {
        return nouns.contains(lemma);
    }

    public boolean isTitleWord(String lowerCase) {
        return titles.contains(lowerCase);
    }

    private static void readLines(String resource, Set<String> into) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    into.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
