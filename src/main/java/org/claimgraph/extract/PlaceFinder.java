package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 * few sentences, when there is one. A content that names no place, in a clause that names none
 * either, is about the country the article is set in, when the article has a clear one.
 */
final class PlaceFinder {
    /**
     * People and bodies a country name can premodify ("US officials", "EU leaders"): the name then
     * says whose they are, not where the statement is about.
     */
    private static final Set<String> AGENT_NOUNS = Set.of("official", "officer", "force", "troop", "soldier",
            "diplomat", "negotiator", "president", "leader", "side", "government", "military", "army",
            "delegation", "spokesman", "spokeswoman", "spokesperson", "minister", "ambassador", "envoy",
            "lawmaker", "senator", "intelligence", "administration", "authority", "source", "analyst", "expert");
    /** Nouns after a demonym that make the adjective stand for the country's land. */
    private static final Set<String> TERRITORY = Set.of("territory", "soil", "land", "airspace", "border", "waters");

    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The places named in the spans; when they name none, the places of the rest of their
     * sentence ("In Kyiv, officials said the shelling had stopped" is about Kyiv).
     */
    List<Place> find(AnnotatedText doc, List<Span> spans) {
        return find(doc, spans, List.of());
    }

    /**
     * As {@link #find(AnnotatedText, List)}, where the sentence fallback skips {@code source}:
     * the speaker is not what the statement is about ("Moscow said it would observe a ceasefire").
     */
    List<Place> find(AnnotatedText doc, List<Span> spans, List<Span> source) {
        return find(doc, spans, source, List.of(), null);
    }

    /**
     * As {@link #find(AnnotatedText, List, List)}; the sentence fallback reads only the cue's own
     * clause and verbless fronted phrases ("In Kyiv, officials said …"), not other clauses of the
     * sentence ("As a sign that Moscow …, X said …", "…, but Y said …"). When that names no place
     * either, the article's {@link #setting} (if it has one) is what the statement is about.
     */
    List<Place> find(AnnotatedText doc, List<Span> spans, List<Span> source, List<Span> cue, Place setting) {
        List<Place> own = scanAll(doc, spans);
        if (!own.isEmpty() || spans.isEmpty()) {
            return own;
        }
        List<Place> ruled = leadersCountries(doc, spans);
        if (!ruled.isEmpty()) {
            return ruled;
        }
        Span first = spans.get(0);
        for (Sentence s : doc.sentences()) {
            if (s.span().overlaps(first)) {
                List<Span> region = new ArrayList<>();
                List<Span> others = new ArrayList<>();
                for (Span segment : segments(s)) {
                    boolean statement = cue.stream().anyMatch(segment::overlaps) || spans.stream().anyMatch(segment::overlaps);
                    (statement || verbless(s, segment) ? region : others).addAll(minus(segment, source));
                }
                List<Place> around = scanAll(doc, region);
                if (!around.isEmpty()) {
                    return around;
                }
                // Another clause of the sentence: its towns and regions are where the occasion is
                // ("… an evacuation from Mariupol, but … Macron stated the requirements had not been
                // met"); its countries are mostly actors ("France and Turkey had hoped …").
                List<Place> local = scanAll(doc, others).stream().filter(p -> !p.kind().equals("country")
                        && !p.kind().equals("continent")).toList();
                if (!local.isEmpty() || setting == null) {
                    return local;
                }
                return List.of(setting);
            }
        }
        return List.of();
    }

    /** The stretches of a sentence between commas and semicolons. */
    private static List<Span> segments(Sentence s) {
        List<Span> out = new ArrayList<>();
        int from = s.begin();
        for (Token t : s.tokens()) {
            if (t.text().equals(",") || t.text().equals(";")) {
                if (t.begin() > from) {
                    out.add(new Span(from, t.begin()));
                }
                from = t.end();
            }
        }
        if (from < s.end()) {
            out.add(new Span(from, s.end()));
        }
        return out;
    }

    /** A phrase like "In Kyiv" or "On Tuesday in Mariupol": opens with a preposition, has no verb. */
    private static boolean verbless(Sentence s, Span segment) {
        List<Token> inside = s.tokens().stream().filter(t -> segment.contains(t.span())).toList();
        return !inside.isEmpty() && inside.get(0).is("ADP") && inside.stream().noneMatch(t -> t.is("VERB") || t.is("AUX"));
    }

    /**
     * The country an article is set in: the country its named places lie in most often. Cities and
     * regions count for their country; a country counts where it is named as a location ("in
     * Ukraine"), not as an actor ("Russia said", "pressure on Moscow"). A setting needs to be
     * named
     * at least {@value #SETTING_MIN} times and more often than any other. News reports a
     * war, a summit or a disaster from one theatre, and a statement that names no place of its
     * own ("the agency said at least 12 people were killed") is about that theatre.
     */
    Place setting(AnnotatedText doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Place> byName = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Match m = matchAt(doc.text(), tokens, k, s.span());
                if (m == null) {
                    continue;
                }
                Place p = m.place();
                // A city or region votes for its country; a country only where it is a location,
                // since countries are named as actors as often ("Russia said").
                Place country = p.kind().equals("country") ? (locative(tokens, k) ? p : null)
                        : p.country() == null ? null : gazetteer.country(p.country()).orElse(null);
                if (country != null) {
                    counts.merge(country.name(), 1, Integer::sum);
                    byName.putIfAbsent(country.name(), country);
                }
                k += m.length() - 1;
            }
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= SETTING_MIN && top > second ? byName.get(best) : null;
    }

    private static final int SETTING_MIN = 3;

    /** Whether the name at token {@code k} follows a preposition of place ("in", "near", "across"). */
    private static boolean locative(List<Token> tokens, int k) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.is("ADP") && !Metonymy.PARTY_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))
                && !before.text().equalsIgnoreCase("of");
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

    /** Titles of a head of state or government in a known person's description ("President of Russia"). */
    private static final Pattern LEADER = Pattern.compile("\\b(President|Prime Minister|Chancellor|King|Queen|Emir|Supreme Leader) of\\b");

    /**
     * The countries of the heads of state or government a content names ("Putin cannot remain
     * in power" is about Russia): a leader stands for the country he or she governs, as a capital
     * stands for its government. Only people the gazetteer confirms and describes as such count.
     */
    private List<Place> leadersCountries(AnnotatedText doc, List<Span> spans) {
        Map<String, Place> found = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            if (spans.stream().noneMatch(x -> x.overlaps(s.span()))) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                int from = k;
                if (spans.stream().noneMatch(x -> x.contains(tokens.get(from).span())) || !tokens.get(k).is("PROPN")) {
                    continue;
                }
                for (int len = Math.min(4, tokens.size() - k); len >= 1; len--) {
                    Token last = tokens.get(k + len - 1);
                    String name = stripPossessive(doc.text().substring(tokens.get(k).begin(), last.end()));
                    Optional<Gazetteer.KnownEntity> e = gazetteer.entity(name);
                    if (e.isPresent() && e.get().type() == ActorType.PERSON && e.get().country() != null
                            && e.get().description() != null && LEADER.matcher(e.get().description()).find()) {
                        gazetteer.country(e.get().country()).ifPresent(c -> found.putIfAbsent(c.name(), c));
                        k += len - 1;
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
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
                if (!premodifiesAgent(tokens, k + m.length() - 1)) {
                    found.putIfAbsent(m.place().name(), m.place());
                }
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
     * "US officials": the name (ending at token {@code last}) right before a word for people acting
     * for it. A possessive still names the place ("Ukraine's military").
     */
    private static boolean premodifiesAgent(List<Token> tokens, int last) {
        String written = tokens.get(last).text();
        int next = last + 1;
        return !written.endsWith("'s") && !written.endsWith("’s")
                && next < tokens.size() && tokens.get(next).is("NOUN")
                && AGENT_NOUNS.contains(tokens.get(next).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The kind of place an anaphoric expression at token {@code k} refers to ("the city" →
     * "city", "there" → any), or null. "the city of Kharkiv" names its place and is not one;
     * existential "there is" is not a place.
     */
    private String anaphorKind(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.equals("where") && k > 0 && tokens.get(k - 1).text().equals(",")) {
            return "any"; // "a summit in Brussels, where they agreed …"
        }
        if (word.equals("there")) {
            boolean existential = k + 1 < tokens.size() && tokens.get(k + 1).lemma().equals("be")
                    || k + 1 < tokens.size() && tokens.get(k + 1).is("AUX");
            return existential || !t.is("ADV") ? null : "any";
        }
        if (!word.equals("the") || k + 1 >= tokens.size()) {
            return null;
        }
        int n = k + 1;
        while (n + 1 < tokens.size() && n - k <= 3 && (tokens.get(n).is("ADJ") || tokens.get(n).is("VERB")
                && tokens.get(n).text().endsWith("ed") || gazetteer.countryOfDemonym(tokens.get(n).text()).isPresent())) {
            n++; // "the besieged city", "the southern Ukrainian city"
        }
        String noun = tokens.get(n).text().toLowerCase(Locale.ROOT);
        boolean named = n + 1 < tokens.size() && tokens.get(n + 1).text().equalsIgnoreCase("of");
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
