package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/**
 * Finds the places a content is about: toponyms inside the given spans by longest match against
 * the gazetteer (possessives included: "Ukraine's"). A capital stands for its country unless a
 * locative preposition makes it the city ("Moscow would ..." is Russia, "near Kyiv" is Kyiv), and
 * a demonym before a word for land names the country ("Ukrainian territory"). "The city", "the
 * capital", "the region" and "there" stand for the nearest fitting place named in the previous
 * few sentences, when there is one.
 */
final class PlaceFinder {
    /** Nouns after a demonym that make the adjective stand for the country's land. */
    private static final Set<String> TERRITORY = Set.of("territory", "soil", "land", "airspace", "border", "waters");

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places named in the spans; when they name none, the places of the rest of their
     * sentence ("In Kyiv, officials said the shelling had stopped" is about Kyiv). Nothing
     * further away is used: a place the article names elsewhere would be a guess (an earlier
     * version fell back to the article's most-named place; on seeds-dev it gained 1 of 52).
     */
    List<Place> find(AnnotatedText doc, List<Span> spans) {
        return find(doc, spans, List.of());
    }

    /**
     * As {@link #find(AnnotatedText, List)}, where the sentence fallback skips {@code source}:
     * the speaker is not what the statement is about ("Moscow said it would observe a ceasefire").
     */
    List<Place> find(AnnotatedText doc, List<Span> spans, List<Span> source) {
        List<Place> own = scanAll(doc, spans);
        if (!own.isEmpty() || spans.isEmpty()) {
            return own;
        }
        Span first = spans.get(0);
        for (Sentence s : doc.sentences()) {
            if (s.span().overlaps(first)) {
                return scanAll(doc, minus(s.span(), source));
            }
        }
        return List.of();
    }

    private static List<Span> minus(Span whole, List<Span> holes) {
        List<Span> out = new ArrayList<>();
        int from = whole.begin();
        for (Span h : holes.stream().sorted().toList()) {
            if (h.end() <= from || h.begin() >= whole.end()) {
                continue;
            }
            if (h.begin() > from) {
                out.add(new Span(from, h.begin()));
            }
            from = Math.max(from, h.end());
        }
        if (from < whole.end()) {
            out.add(new Span(from, whole.end()));
        }
        return out;
    }

    private List<Place> scanAll(AnnotatedText doc, List<Span> spans) {
        Map<String, Place> found = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Span span : spans) {
                if (s.span().overlaps(span)) {
                    scan(doc, s, span, found);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static String stripPossessive(String name) {
        String n = name.replaceAll("[.,;:!?\"”’']+$", "");
        return n.endsWith("'s") || n.endsWith("’s") ? n.substring(0, n.length() - 2) : n;
    }

    /** A toponym matched at a token: how many tokens it covers and the place it names. */
    private record Match(int length, Place place) {}

    /** The longest gazetteer name starting at token {@code k} and lying inside {@code span}, or null. */
    private Match matchAt(String text, List<Token> tokens, int k, Span span) {
        Token t = tokens.get(k);
        if (!Character.isUpperCase(t.text().charAt(0))) {
            return null;
        }
        for (int len = Math.min(gazetteer.longestName(), tokens.size() - k); len >= 1; len--) {
            Token last = tokens.get(k + len - 1);
            if (!span.contains(last.span())) {
                continue;
            }
            String name = stripPossessive(text.substring(t.begin(), last.end()));
            Optional<Place> p = gazetteer.place(name);
            if (p.isPresent()) {
                Place place = p.get();
                Optional<Place> country = gazetteer.countryOfCapital(name);
                if (country.isPresent() && Metonymy.actsAsGovernment(tokens, k, k + len)) {
                    place = country.get(); // "Moscow said", "pressure on Moscow": the government, not the city
                }
                return new Match(len, place);
            }
        }
        return null;
    }

    private void scan(AnnotatedText doc, Sentence s, Span span, Map<String, Place> found) {
        String text = doc.text();
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (!span.contains(t.span())) {
                k++;
                continue;
            }
            Match m = matchAt(text, tokens, k, span);
            if (m != null) {
                found.putIfAbsent(m.place().name(), m.place());
                k += m.length();
                continue;
            }
            String kind = anaphorKind(tokens, k);
            if (kind != null) {
                Place antecedent = antecedent(doc, t.begin(), kind);
                if (antecedent != null) {
                    found.putIfAbsent(antecedent.name(), antecedent);
                }
            } else if (k + 1 < tokens.size() && span.contains(tokens.get(k + 1).span())
                    && TERRITORY.contains(tokens.get(k + 1).lemma())) {
                // "Ukrainian territory", "Polish airspace": the adjective names the country itself.
                gazetteer.countryOfDemonym(t.text()).ifPresent(c -> found.putIfAbsent(c.name(), c));
            }
            k++;
        }
    }

    /**
     * The kind of place an anaphoric expression at token {@code k} refers to ("the city" →
     * "city", "there" → any), or null. "the city of Kharkiv" names its place and is not one;
     * existential "there is" is not a place.
     */
    private static String anaphorKind(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.equals("there")) {
            boolean existential = k + 1 < tokens.size() && tokens.get(k + 1).lemma().equals("be")
                    || k + 1 < tokens.size() && tokens.get(k + 1).is("AUX");
            return existential || !t.is("ADV") ? null : "any";
        }
        if (!word.equals("the") || k + 1 >= tokens.size()) {
            return null;
        }
        String noun = tokens.get(k + 1).text().toLowerCase(Locale.ROOT);
        boolean named = k + 2 < tokens.size() && tokens.get(k + 2).text().equalsIgnoreCase("of");
        if (named) {
            return null;
        }
        return switch (noun) {
            case "city", "town", "capital" -> "city";
            case "region", "oblast", "peninsula" -> "region";
            default -> null;
        };
    }

    /**
     * The nearest place named before {@code offset} within the previous three sentences whose
     * kind fits; null when there is none, so nothing is guessed.
     */
    private Place antecedent(AnnotatedText doc, int offset, String kind) {
        List<Sentence> sentences = doc.sentences();
        int current = 0;
        while (current < sentences.size() - 1 && sentences.get(current + 1).begin() <= offset) {
            current++;
        }
        for (int i = current; i >= Math.max(0, current - 3); i--) {
            Sentence s = sentences.get(i);
            List<Token> tokens = s.tokens();
            Place last = null;
            for (int k = 0; k < tokens.size(); k++) {
                if (tokens.get(k).begin() >= offset) {
                    break;
                }
                Match m = matchAt(doc.text(), tokens, k, s.span());
                if (m != null && fits(m.place(), kind)) {
                    last = m.place();
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    private static boolean fits(Place p, String kind) {
        return switch (kind) {
            case "city" -> p.kind().equals("city");
            case "region" -> p.kind().equals("region") || p.kind().equals("peninsula") || p.kind().equals("state");
            default -> !p.kind().equals("continent");
        };
    }
}
