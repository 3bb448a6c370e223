package org.claimgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Token;

/**
 * Event trigger words: the skos:altLabel hints of ontology/event-types.ttl plus the project's
 * own lexicon (triggers.tsv), which adds words, constrains part of speech and context, and
 * switches off altLabels too ambiguous for precision-first extraction. Immutable, shared.
 */
public final class TriggerLexicon {
    /** Namespace of the event-type concepts. */
    public static final String EVENT_TYPE_NS = "https://claimgraph.org/ontology/event-type#";
    static final String TYPES_RESOURCE = "/ontology/event-types.ttl";
    static final String TRIGGERS_RESOURCE = "/org/claimgraph/extract/event/triggers.tsv";

    /** Part of speech a trigger's head must have. */
    enum Pos { VERB, NOUN, ANY }

    /** One trigger: its words, head tag, event type and context class (null: none). */
    record Entry(List<String> words, Pos pos, String type, String context) {}

    /** A trigger found in a sentence: tokens {@code [from, to)}, {@code head} the verb or noun. */
    record Match(Entry entry, int from, int to, int head) {}

    /** Context classes: a trigger with one needs a word of the class in its clause. */
    private static final Map<String, Set<String>> CONTEXTS = Map.of(
            "military", Set.of("force", "forces", "troop", "troops", "military", "army", "armies", "unit", "units",
                    "soldier", "soldiers", "tank", "tanks", "brigade", "battalion", "equipment", "operation",
                    "operations", "presence"),
            "asset", Set.of("asset", "assets"),
            "envoy", Set.of("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats"),
            "accord", Set.of("agreement", "treaty", "deal", "accord", "ceasefire", "truce", "memorandum"));
    private static final Set<String> OPEN_CLASS = Set.of("VERB", "NOUN", "PROPN", "ADJ");

    /** Entries by first word, longest first. */
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final Set<String> types;

    public TriggerLexicon() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> altLabels = readAltLabels();
        altLabels.forEach((phrase, type) -> entries.put(phrase, new Entry(words(phrase), Pos.ANY, type, null)));
        types = Set.copyOf(altLabels.values());
        readTriggers(entries);
        for (Entry e : entries.values()) {
            byFirst.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed()));
    }

    /** Local names of the event-type concepts ("Withdrawal", ...). */
    public Set<String> types() {
        return types;
    }

    /** Number of distinct trigger phrases in use. */
    public int size() {
        return byFirst.values().stream().mapToInt(List::size).sum();
    }

    /** Whether some trigger may start at this token: a cheap test before the clause is worked out. */
    boolean mayStart(Token t) {
        return byFirst.containsKey(t.lemma()) || byFirst.containsKey(t.text().toLowerCase(Locale.ROOT));
    }

    /** The longest trigger starting at token {@code i} whose tag and context constraints hold, or null. */
    Match match(Sentence s, int i, int clauseFrom, int clauseTo) {
        List<Entry> candidates = byFirst.get(s.token(i).lemma());
        List<Entry> byText = byFirst.get(s.token(i).text().toLowerCase(Locale.ROOT));
        if (candidates == null && byText == null) {
            return null;
        }
        List<Entry> all = new ArrayList<>();
        if (candidates != null) {
            all.addAll(candidates);
        }
        if (byText != null && byText != candidates) {
            all.addAll(byText);
        }
        all.sort(Comparator.comparingInt((Entry e) -> e.words().size()).reversed());
        for (Entry e : all) {
            int n = e.words().size();
            if (i + n > s.size() || !wordsMatch(s, i, e.words())) {
                continue;
            }
            int head = e.pos() == Pos.NOUN ? i + n - 1 : i;
            boolean after = e.context() != null && e.context().endsWith(">");
            int from = after ? i + n : clauseFrom;
            int to = after ? Math.min(clauseTo, i + n + 5) : clauseTo;
            if (!tagFits(s.token(head), e.pos()) || !contextHolds(s, e.context(), from, to)) {
                continue;
            }
            return new Match(e, i, i + n, head);
        }
        return null;
    }

    private static boolean wordsMatch(Sentence s, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            Token t = s.token(i + k);
            String w = words.get(k);
            if (!w.equals(t.lemma()) && !w.equals(t.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tagFits(Token t, Pos pos) {
        return switch (pos) {
            case VERB -> t.is("VERB");
            case NOUN -> t.is("NOUN") || t.is("PROPN");
            case ANY -> OPEN_CLASS.contains(t.tag());
        };
    }

    private static boolean contextHolds(Sentence s, String context, int from, int to) {
        if (context == null) {
            return true;
        }
        Set<String> words = CONTEXTS.get(context.replace(">", ""));
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if (words.contains(t.lemma()) || words.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    /** altLabel (lower case) → concept local name, from the shipped SKOS scheme. */
    private static Map<String, String> readAltLabels() {
        Node altLabel = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel");
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(TYPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + TYPES_RESOURCE);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(new StreamRDFBase() {
                @Override
                public void triple(Triple t) {
                    if (t.getPredicate().equals(altLabel) && t.getSubject().isURI()
                            && t.getSubject().getURI().startsWith(EVENT_TYPE_NS)) {
                        out.put(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT),
                                t.getSubject().getURI().substring(EVENT_TYPE_NS.length()));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TYPES_RESOURCE, e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(TYPES_RESOURCE + ": no skos:altLabel on any event type");
        }
        return out;
    }

    private void readTriggers(Map<String, Entry> entries) {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(TRIGGERS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + TRIGGERS_RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String where = TRIGGERS_RESOURCE + " line " + no + ": ";
                if (f.length != 4) {
                    throw new IllegalStateException(where + "expected 4 tab-separated columns, found " + f.length);
                }
                String phrase = f[0].strip().toLowerCase(Locale.ROOT);
                if (f[2].equals("-")) {
                    entries.remove(phrase); // an altLabel switched off
                    continue;
                }
                if (!types.contains(f[2])) {
                    throw new IllegalStateException(where + "unknown event type '" + f[2] + "'; known: " + types);
                }
                Pos pos = switch (f[1]) {
                    case "V" -> Pos.VERB;
                    case "N" -> Pos.NOUN;
                    case "A" -> Pos.ANY;
                    default -> throw new IllegalStateException(where + "pos must be V, N or A, not '" + f[1] + "'");
                };
                String context = f[3].equals("-") ? null : f[3];
                if (context != null && !CONTEXTS.containsKey(context.replace(">", ""))) {
                    throw new IllegalStateException(where + "unknown context class '" + context + "'; known: "
                            + CONTEXTS.keySet());
                }
                entries.put(phrase, new Entry(words(phrase), pos, f[2], context));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TRIGGERS_RESOURCE, e);
        }
    }
}
