package org.claimgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Sentence detection, tokenisation, UD part-of-speech tagging and lemmatisation with the
 * Apache OpenNLP English UD (EWT) models from Maven Central, plus Penn Treebank tags and phrase
 * chunks (NP, VP, PP, ...) with the OpenNLP 1.5 PTB tagger and chunker models: there are no UD
 * chunker models, and the chunker's noun phrases delimit sources better than rules over UD tags.
 *
 * <p>The models are immutable and shared; the {@code *ME} tools keep per-call state and are not
 * thread-safe, so each thread gets its own set, built from the shared models.
 */
public final class OpenNlpAnnotator implements Annotator {
    // Resource names inside the opennlp-models-*-en 1.3.0 jars; ModelsTest checks they load.
    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    // From edu.washington.cs.knowitall:opennlp-{postag,chunk}-models:1.5 (trained on the Penn Treebank).
    static final String PTB_POS_MODEL = "/en-pos-maxent.bin";
    static final String CHUNK_MODEL = "/en-chunker.bin";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final POSModel ptbModel;
    private final ChunkerModel chunkerModel;
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, GreedyTagger tagger, GreedyLemmatizer lemmatizer,
                         GreedyChunker chunker) {}

    public OpenNlpAnnotator() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE_MODEL));
            tokenizerModel = new TokenizerModel(open(TOKEN_MODEL));
            posModel = new POSModel(open(POS_MODEL));
            lemmatizerModel = new LemmatizerModel(open(LEMMA_MODEL));
            ptbModel = new POSModel(open(PTB_POS_MODEL));
            chunkerModel = new ChunkerModel(open(CHUNK_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpAnnotator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    private Tools newTools() {
        return new Tools(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                new GreedyTagger(posModel), new GreedyLemmatizer(lemmatizerModel),
                new GreedyChunker(ptbModel, chunkerModel));
    }

    @Override
    public AnnotatedText annotate(String text) {
        Tools t = tools.get();
        List<Sentence> sentences = new ArrayList<>();
        // Lines are hard boundaries: headlines and datelines carry no final period, and the
        // sentence model would otherwise glue them to the next paragraph.
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                annotateLine(t, text, lineStart, lineEnd, sentences);
            }
            lineStart = lineEnd + 1;
        }
        return new AnnotatedText(text, sentences);
    }

    /**
     * The UD tokenizer leaves a sentence-final period on words it does not know ("Chernihiv.");
     * split it off unless the token is an abbreviation such as "U.S.".
     */
    static opennlp.tools.util.Span[] splitFinalPeriod(String sentence, opennlp.tools.util.Span[] spans) {
        if (spans.length == 0) {
            return spans;
        }
        opennlp.tools.util.Span last = spans[spans.length - 1];
        String word = sentence.substring(last.getStart(), last.getEnd());
        char end = word.charAt(word.length() - 1);
        boolean abbreviation = word.matches("(\\p{L}\\.)+");
        if (word.length() < 2 || (end != '.' && end != '!' && end != '?') || abbreviation) {
            return spans;
        }
        opennlp.tools.util.Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new opennlp.tools.util.Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new opennlp.tools.util.Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /**
     * The UD tokenizer cuts hyphenated compounds at odd places ("conservative-" + "leaning",
     * "24" + "-point", "self" + "-" + "described"), and the taggers then read the pieces as
     * punctuation and verbs, which breaks the noun phrase around them. Pieces written together
     * with a hyphen between letters or digits are one word, as in the Penn Treebank.
     */
    static opennlp.tools.util.Span[] joinHyphenated(String sentence, opennlp.tools.util.Span[] spans) {
        List<opennlp.tools.util.Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            opennlp.tools.util.Span next = spans[i];
            if (!out.isEmpty()) {
                opennlp.tools.util.Span last = out.get(out.size() - 1);
                String a = sentence.substring(last.getStart(), last.getEnd());
                String b = sentence.substring(next.getStart(), next.getEnd());
                boolean touching = last.getEnd() == next.getStart();
                if (touching && b.equals("-") && i + 1 < spans.length && spans[i + 1].getStart() == next.getEnd()
                        && Character.isLetterOrDigit(a.charAt(a.length() - 1))
                        && Character.isLetterOrDigit(sentence.charAt(spans[i + 1].getStart()))) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(last.getStart(), spans[i + 1].getEnd()));
                    i++; // "self" "-" "described"
                    continue;
                }
                if (touching && hyphenJoin(a, b)) {
                    out.set(out.size() - 1, new opennlp.tools.util.Span(last.getStart(), next.getEnd()));
                    continue;
                }
            }
            out.add(next);
        }
        return out.size() == spans.length ? spans : out.toArray(opennlp.tools.util.Span[]::new);
    }

    /**
     * The UD tagger never saw hyphenated compounds as one word (its treebank splits them) and
     * guesses ("self-described" as PUNCT); the PTB tagger was trained on them, so its tag decides.
     */
    static void retagHyphenated(String[] words, String[] ud, String[] ptb) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int h = w.indexOf('-', 1);
            if (h < 0 || h == w.length() - 1) {
                continue;
            }
            String p = ptb[i];
            if (p.startsWith("JJ")) {
                ud[i] = "ADJ";
            } else if (p.startsWith("NNP")) {
                ud[i] = "PROPN";
            } else if (p.startsWith("NN")) {
                ud[i] = "NOUN";
            } else if (p.equals("CD")) {
                ud[i] = "NUM";
            } else if (p.startsWith("VB")) {
                ud[i] = "VERB";
            } else if (p.startsWith("RB")) {
                ud[i] = "ADV";
            }
        }
    }

    /** "conservative-" + "leaning", "24" + "-point": a hyphen on one piece between letters or digits. */
    private static boolean hyphenJoin(String a, String b) {
        char lastA = a.charAt(a.length() - 1);
        char firstB = b.charAt(0);
        if (lastA == '-' && a.length() > 1 && Character.isLetterOrDigit(a.charAt(a.length() - 2))) {
            return Character.isLetterOrDigit(firstB);
        }
        if (firstB == '-' && b.length() > 1 && Character.isLetterOrDigit(b.charAt(1))) {
            return Character.isLetterOrDigit(lastA);
        }
        return false;
    }

    /**
     * The UD tokenizer keeps clitics on their host ("city's", "don't") and the tagger then gives a
     * joint tag ("NOUN+PART", "AUX+PART"). Rules look for the host's own tag, so such a token is
     * split at the clitic into two tokens with one tag each; a joint tag without a visible clitic
     * keeps its first part.
     */
    /** A capitalised word with a possessive ending, "Belgium's", "McConnell’s". */
    private static final java.util.regex.Pattern POSSESSIVE_NAME = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}.-]*['’]s");

    /** A lower-case word with a possessive ending, "minister’s". */
    private static final java.util.regex.Pattern POSSESSIVE_NOUN = java.util.regex.Pattern.compile("\\p{Ll}[\\p{L}-]+['’]s");

    /** Capitalised words whose "'s" is "is" or "has" ("It's", "That's"), never a possessive name. */
    private static final java.util.Set<String> CONTRACTING_WORDS = java.util.Set.of("it", "that", "he", "she",
            "there", "here", "what", "who", "where", "how", "this", "let", "everyone", "nobody", "somebody");

    static void splitMultiword(int begin, String word, String tag, List<int[]> spans, List<String> words,
                               List<String> tags) {
        int plus = tag.indexOf('+');
        if (plus < 0 && POSSESSIVE_NAME.matcher(word).matches()
                && !CONTRACTING_WORDS.contains(word.substring(0, word.length() - 2).toLowerCase(Locale.ROOT))) {
            // "Belgium's" left whole and tagged as one word (even VERB): a name with its possessive.
            tag = "PROPN+PART";
            plus = tag.indexOf('+');
        } else if (tag.equals("PUNCT") && POSSESSIVE_NOUN.matcher(word).matches()
                && !CONTRACTING_WORDS.contains(word.substring(0, word.length() - 2))) {
            // "minister’s" with a curly apostrophe left whole and tagged as punctuation: a noun and its
            // possessive, or the speaker of "the prime minister’s spokesman said" is lost.
            tag = "NOUN+PART";
            plus = tag.indexOf('+');
        }
        if (plus < 0) {
            spans.add(new int[] {begin, begin + word.length()});
            words.add(word);
            tags.add(tag);
            return;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int cut = lower.endsWith("n't") || lower.endsWith("n’t") ? word.length() - 3
                : Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
        if (cut <= 0 || cut >= word.length()) {
            spans.add(new int[] {begin, begin + word.length()});
            words.add(word);
            tags.add(tag.substring(0, plus));
            return;
        }
        spans.add(new int[] {begin, begin + cut});
        words.add(word.substring(0, cut));
        tags.add(tag.substring(0, plus));
        spans.add(new int[] {begin + cut, begin + word.length()});
        words.add(word.substring(cut));
        String second = tag.substring(plus + 1);
        int again = second.indexOf('+');
        tags.add(again < 0 ? second : second.substring(0, again));
    }

    /**
     * The UD tagger takes some subject heads right before a verb for verbs, adjectives or pronouns
     * ("Trump said" as VERB VERB, "a senior official said" with "official" as ADJ), and such a
     * subject is then lost; when the PTB tagger reads the word as a noun followed by a verb, the
     * noun wins. Likewise a finite verb right after a noun that the UD tagger took for a noun.
     */
    static void retagSubjectHeads(String[] words, String[] ud, String[] ptb) {
        for (int i = 0; i + 1 < words.length; i++) {
            boolean nounInPtb = ptb[i].startsWith("NN");
            boolean verbNext = ptb[i + 1].startsWith("VB") || ptb[i + 1].equals("MD");
            boolean proper = ptb[i].startsWith("NNP") && Character.isUpperCase(words[i].charAt(0));
            if (nounInPtb && verbNext && (ud[i].equals("VERB") || ud[i].equals("ADJ") || ud[i].equals("PRON"))) {
                ud[i] = proper ? "PROPN" : "NOUN";
            } else if (proper && verbNext && i > 0 && ud[i].equals("ADV")) {
                ud[i] = "PROPN"; // "Mrs. Schlafly endorsed": an unknown surname read as an adverb joins the verb group
            }
        }
        // "the admiral said" with "said" as NOUN: a finite verb right after its subject.
        for (int i = 1; i < words.length; i++) {
            boolean finite = ptb[i].equals("VBD") || ptb[i].equals("VBZ") || ptb[i].equals("VBP");
            boolean afterSubject = ptb[i - 1].startsWith("NN") || ptb[i - 1].equals("PRP");
            if (finite && afterSubject && (ud[i].equals("NOUN") || ud[i].equals("ADJ") || ud[i].equals("PROPN"))
                    && Character.isLowerCase(words[i].charAt(0))) {
                ud[i] = "VERB";
            }
        }
    }

    /**
     * "…," Falk notes.  /  "…," she recalls.: both taggers read a present-tense speech verb that
     * closes a quotation's tag as a plural noun ending the subject's noun phrase. A lower-case
     * "-s" word right after a name or pronoun that follows a closing quotation mark, and before
     * the sentence's end or a comma, is that verb.
     */
    static void retagQuoteTagVerbs(String[] words, String[] ud, String[] ptb, String[] chunks) {
        for (int i = 2; i < words.length; i++) {
            String w = words[i];
            boolean end = i + 1 == words.length || words[i + 1].equals(".") || words[i + 1].equals(",");
            if (!end || !ptb[i].equals("NNS") || !Character.isLowerCase(w.charAt(0)) || !w.endsWith("s")
                    || !(ptb[i - 1].startsWith("NNP") || ptb[i - 1].equals("PRP"))) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && i - k <= 3 && (ptb[k].startsWith("NNP") || ptb[k].equals("PRP"))) {
                k--;
            }
            if (Token.CLOSING_QUOTES.contains(words[k])) {
                ud[i] = "VERB";
                ptb[i] = "VBZ";
                chunks[i] = "B-VP";
            }
        }
    }

    private static final java.util.regex.Pattern QUOTATION_MARK = java.util.regex.Pattern.compile("[\"“”„]|''|``");

    /**
     * The UD tagger now and then reads a quotation mark as an adjective or a noun (a closing mark
     * after a long quotation), and the rules that find the speech tag after a quotation then miss
     * it. A token that is only a quotation mark is punctuation.
     */
    static void retagQuotationMarks(String[] words, String[] ud) {
        for (int i = 0; i < words.length; i++) {
            if (QUOTATION_MARK.matcher(words[i]).matches()) {
                ud[i] = "PUNCT";
            }
        }
    }

    /**
     * For each token the index of its PTB word: the UD tokenizer splits hyphenated words
     * ("front", "-", "runner") where the treebank keeps one word, and the chunker then cuts the
     * noun phrase at the hyphen; pieces glued by a hyphen without spaces form one PTB word. So do
     * a capitalised abbreviation and its period inside the sentence ("Joseph R. Biden", "Sen."),
     * which the chunker otherwise takes for a phrase end.
     */
    static int[] hyphenGroups(List<int[]> spans, String[] words) {
        int[] group = new int[spans.size()];
        int g = 0;
        for (int i = 1; i < spans.size(); i++) {
            boolean join = false;
            if (spans.get(i - 1)[1] == spans.get(i)[0]) {
                boolean hyphen = words[i].equals("-") && i + 1 < spans.size() && spans.get(i)[1] == spans.get(i + 1)[0]
                        && Character.isLetterOrDigit(words[i - 1].charAt(0))
                        && Character.isLetterOrDigit(words[i + 1].charAt(0));
                boolean afterHyphen = i > 1 && words[i - 1].equals("-") && group[i - 1] == group[i - 2];
                boolean abbreviation = words[i].equals(".") && i + 1 < spans.size()
                        && words[i - 1].matches("\\p{Lu}\\p{L}{0,3}");
                join = hyphen || afterHyphen || abbreviation;
            }
            g += join ? 0 : 1;
            group[i] = g;
        }
        return group;
    }

    static String[] joinGroups(String[] words, int[] group) {
        int n = group.length == 0 ? 0 : group[group.length - 1] + 1;
        String[] out = new String[n];
        for (int i = 0; i < words.length; i++) {
            out[group[i]] = out[group[i]] == null ? words[i] : out[group[i]] + words[i];
        }
        return out;
    }

    /**
     * The words as the Penn Treebank spells them, which is what the PTB tagger and chunker were
     * trained on: ASCII quotes and apostrophes, {@code ``} and {@code ''} for quotation marks.
     */
    static String[] ptbWords(String[] words) {
        String[] out = new String[words.length];
        boolean open = true;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            switch (w) {
                case "“", "‘‘" -> w = "``";
                case "”", "’’" -> w = "''";
                case "\"" -> {
                    w = open ? "``" : "''";
                    open = !open;
                }
                case "(" -> w = "-LRB-";
                case ")" -> w = "-RRB-";
                default -> w = w.replace('’', '\'').replace('‘', '\'');
            }
            out[i] = w;
        }
        return out;
    }

    private static void annotateLine(Tools t, String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        for (opennlp.tools.util.Span s : SentenceRepair.merge(line, t.sentences().sentPosDetect(line))) {
            int sb = from + s.getStart();
            String sentence = line.substring(s.getStart(), s.getEnd());
            opennlp.tools.util.Span[] tokSpans = joinHyphenated(sentence,
                    splitFinalPeriod(sentence, t.tokenizer().tokenizePos(sentence)));
            if (tokSpans.length == 0) {
                continue;
            }
            String[] words = new String[tokSpans.length];
            for (int i = 0; i < tokSpans.length; i++) {
                words[i] = sentence.substring(tokSpans[i].getStart(), tokSpans[i].getEnd());
            }
            String[] tags = t.tagger().tag(words);
            List<int[]> spans = new ArrayList<>();
            List<String> splitWords = new ArrayList<>();
            List<String> splitTags = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                splitMultiword(sb + tokSpans[i].getStart(), words[i], tags[i], spans, splitWords, splitTags);
            }
            String[] w = splitWords.toArray(String[]::new);
            String[] tg = splitTags.toArray(String[]::new);
            int[] group = hyphenGroups(spans, w);
            String[] ptbWords = ptbWords(joinGroups(w, group));
            String[] groupTags = t.chunker().tag(ptbWords);
            for (int i = 0; i < w.length; i++) {
                // "US" read as the pronoun "us": the UD tagger's proper noun is right.
                if (groupTags[group[i]].equals("PRP") && tg[i].equals("PROPN")) {
                    groupTags[group[i]] = "NNP";
                }
            }
            String[] groupChunks = t.chunker().chunk(ptbWords, groupTags);
            for (int g = 1; g < groupChunks.length; g++) {
                // A noun the chunker left outside right after a noun phrase continues it.
                if (groupChunks[g].equals("O") && groupTags[g].startsWith("NN") && groupChunks[g - 1].endsWith("-NP")) {
                    groupChunks[g] = "I-NP";
                }
            }
            String[] ptb = new String[w.length];
            String[] chunks = new String[w.length];
            for (int i = 0; i < w.length; i++) {
                ptb[i] = groupTags[group[i]];
                String c = groupChunks[group[i]];
                boolean first = i == 0 || group[i - 1] != group[i];
                chunks[i] = first || c.equals("O") ? c : "I-" + c.substring(2);
            }
            retagHyphenated(w, tg, ptb);
            retagSubjectHeads(w, tg, ptb);
            retagQuoteTagVerbs(w, tg, ptb, chunks);
            retagQuotationMarks(w, tg);
            String[] lemmas = t.lemmatizer().lemmatize(w, tg);
            List<Token> tokens = new ArrayList<>(w.length);
            for (int i = 0; i < w.length; i++) {
                tokens.add(new Token(spans.get(i)[0], spans.get(i)[1], w[i], tg[i], lemmas[i], ptb[i], chunks[i]));
            }
            out.add(new Sentence(sb, from + s.getEnd(), tokens));
        }
    }
}
