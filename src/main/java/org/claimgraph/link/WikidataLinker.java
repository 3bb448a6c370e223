package org.claimgraph.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Links names of a known kind to Wikidata items, asking a {@link SparqlEndpoint} with one query
 * text for both the offline graph and the public service.
 *
 * <p>Precision first: a candidate is an item whose English label or alias equals the name (as
 * written, or with its first letter capitalised); it must be an instance of a class allowed for
 * the kind ({@link EntityKind}); and a link is made only when exactly one candidate remains. When
 * several remain and the caller knows the entity's country, candidates in that country are kept;
 * otherwise the name stays unlinked as ambiguous.
 */
public final class WikidataLinker {
    /** Methods recorded with a link (cg:linkMethod). */
    public static final String OFFLINE = "offline-label";
    public static final String ONLINE = "online-label";

    static final BigDecimal LABEL_CONFIDENCE = new BigDecimal("0.90");
    static final BigDecimal ALIAS_CONFIDENCE = new BigDecimal("0.80");
    static final BigDecimal CONTEXT_CONFIDENCE = new BigDecimal("0.75");
    private static final int BATCH = 25;
    private static final Pattern POINT = Pattern.compile("(?i)^\\s*(?:<[^>]*>\\s*)?Point\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*$");

    private final SparqlEndpoint endpoint;
    private final String method;

    public WikidataLinker(SparqlEndpoint endpoint, String method) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.method = Objects.requireNonNull(method, "method");
    }

    /** Links against the Wikidata graph of a store (load it first with {@link WikidataGraph#loadInto}). */
    public static WikidataLinker offline(Dataset dataset) {
        return new WikidataLinker(LocalEndpoint.wikidataGraphOf(dataset), OFFLINE);
    }

    /** Links against a remote query service (normally the public one) through an on-disk cache. */
    public static WikidataLinker online(RemoteEndpoint endpoint) {
        return new WikidataLinker(endpoint, ONLINE);
    }

    public SparqlEndpoint endpoint() {
        return endpoint;
    }

    /** What to link: a name, its kind, and the Q id of its country when known (may be null). */
    public record Request(String name, EntityKind kind, String countryQid) {
        public Request {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A link to one item. Latitude/longitude are null when the item has no wdt:P625. */
    public record Link(String qid, String label, String method, BigDecimal confidence, Double latitude, Double longitude) {}

    public enum Status { LINKED, NOT_FOUND, WRONG_TYPE, AMBIGUOUS }

    /** The result for one request: the link when LINKED, and the candidate items seen. */
    public record Outcome(Request request, Status status, Link link, List<String> candidates) {}

    /** One item found for a name, with what the query said about it. */
    private static final class Candidate {
        final String qid;
        boolean preferred;
        boolean compatible;
        final Set<String> countries = new TreeSet<>();
        String label;
        Double latitude;
        Double longitude;

        Candidate(String qid) {
            this.qid = qid;
        }
    }

    /** Links every request; the result has one outcome per distinct request, in input order. */
    public Map<Request, Outcome> link(Collection<Request> requests) {
        Map<Request, Outcome> out = new LinkedHashMap<>();
        Map<EntityKind, List<Request>> byKind = new TreeMap<>();
        for (Request r : new LinkedHashSet<>(requests)) {
            byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        Map<Request, Outcome> found = new HashMap<>();
        for (Map.Entry<EntityKind, List<Request>> e : byKind.entrySet()) {
            List<Request> list = e.getValue();
            for (int i = 0; i < list.size(); i += BATCH) {
                found.putAll(linkBatch(e.getKey(), list.subList(i, Math.min(list.size(), i + BATCH))));
            }
        }
        for (Request r : new LinkedHashSet<>(requests)) {
            out.put(r, found.get(r));
        }
        return out;
    }

    /** Links one name. */
    public Outcome link(Request request) {
        return link(List.of(request)).get(request);
    }

    private Map<Request, Outcome> linkBatch(EntityKind kind, List<Request> batch) {
        // Name variants as English literals → the requests they came from.
        Map<String, Set<Request>> byVariant = new TreeMap<>();
        for (Request r : batch) {
            for (String v : variants(r.name())) {
                byVariant.computeIfAbsent(v, k -> new LinkedHashSet<>()).add(r);
            }
        }
        Map<Request, Map<String, Candidate>> candidates = new HashMap<>();
        if (!byVariant.isEmpty()) {
            for (Map<String, Node> row : endpoint.select(query(kind, byVariant.keySet()))) {
                Node name = row.get("name");
                String qid = Wd.qid(row.get("item"));
                if (name == null || qid == null) {
                    continue;
                }
                for (Request r : byVariant.getOrDefault(name.getLiteralLexicalForm(), Set.of())) {
                    Candidate c = candidates.computeIfAbsent(r, k -> new TreeMap<>()).computeIfAbsent(qid, Candidate::new);
                    absorb(c, row);
                }
            }
        }
        Map<Request, Outcome> out = new HashMap<>();
        for (Request r : batch) {
            out.put(r, decide(r, candidates.getOrDefault(r, Map.of())));
        }
        return out;
    }

    private static void absorb(Candidate c, Map<String, Node> row) {
        Node preferred = row.get("preferred");
        if (preferred != null && preferred.isLiteral() && "true".equals(preferred.getLiteralLexicalForm())) {
            c.preferred = true;
        }
        if (row.get("class") != null) {
            c.compatible = true;
        }
        String country = Wd.qid(row.get("country"));
        if (country != null) {
            c.countries.add(country);
        }
        Node label = row.get("label");
        if (label != null && label.isLiteral() && c.label == null) {
            c.label = label.getLiteralLexicalForm();
        }
        Node coord = row.get("coord");
        if (coord != null && coord.isLiteral() && c.latitude == null) {
            Matcher m = POINT.matcher(coord.getLiteralLexicalForm());
            if (m.matches()) {
                try {
                    double lon = Double.parseDouble(m.group(1));
                    double lat = Double.parseDouble(m.group(2));
                    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                        c.latitude = lat;
                        c.longitude = lon;
                    }
                } catch (NumberFormatException e) {
                    // Not a plain point (e.g. a globe other than Earth): no coordinates.
                }
            }
        }
    }

    private Outcome decide(Request r, Map<String, Candidate> found) {
        List<String> all = List.copyOf(found.keySet());
        if (found.isEmpty()) {
            return new Outcome(r, Status.NOT_FOUND, null, all);
        }
        List<Candidate> compatible = found.values().stream().filter(c -> c.compatible).toList();
        if (compatible.isEmpty()) {
            return new Outcome(r, Status.WRONG_TYPE, null, all);
        }
        if (compatible.size() == 1) {
            Candidate c = compatible.get(0);
            return linked(r, c, c.preferred ? LABEL_CONFIDENCE : ALIAS_CONFIDENCE, all);
        }
        if (r.countryQid() != null) {
            List<Candidate> inCountry = compatible.stream().filter(c -> c.countries.contains(r.countryQid())).toList();
            if (inCountry.size() == 1) {
                return linked(r, inCountry.get(0), CONTEXT_CONFIDENCE, all);
            }
        }
        return new Outcome(r, Status.AMBIGUOUS, null, all);
    }

    private Outcome linked(Request r, Candidate c, BigDecimal confidence, List<String> all) {
        return new Outcome(r, Status.LINKED, new Link(c.qid, c.label, method, confidence, c.latitude, c.longitude), all);
    }

    /** The name as written and, when different, with a capital first letter and without "the ". */
    static List<String> variants(String name) {
        Set<String> v = new LinkedHashSet<>();
        String s = name.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return List.of();
        }
        v.add(s);
        String noThe = s.replaceFirst("^(?i)the\\s+", "");
        if (!noThe.isEmpty()) {
            v.add(noThe);
            v.add(Character.toUpperCase(noThe.charAt(0)) + noThe.substring(1));
        }
        return List.copyOf(v);
    }

    /**
     * The one query text: exact English label or alias match, the allowed classes through
     * P31/P279*, and the country, coordinates and English label of each candidate.
     */
    static String query(EntityKind kind, Collection<String> names) {
        StringBuilder values = new StringBuilder();
        for (String n : names) {
            values.append(' ').append(FmtUtils.stringForNode(NodeFactory.createLiteralLang(n, "en")));
        }
        StringBuilder classes = new StringBuilder();
        for (String q : kind.classes()) {
            classes.append(classes.isEmpty() ? "" : ", ").append("wd:").append(q);
        }
        String context = kind.contextProperty() == null ? ""
                : "  OPTIONAL { ?item wdt:" + kind.contextProperty() + " ?country . }\n";
        return """
                PREFIX wd:   <http://www.wikidata.org/entity/>
                PREFIX wdt:  <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?name ?item ?preferred ?class ?country ?coord ?label WHERE {
                  VALUES ?name {%s }
                  { ?item rdfs:label ?name . BIND(true AS ?preferred) }
                  UNION
                  { ?item skos:altLabel ?name . BIND(false AS ?preferred) }
                  FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))
                  OPTIONAL { ?item wdt:P31/wdt:P279* ?class . FILTER(?class IN (%s)) }
                %s  OPTIONAL { ?item wdt:P625 ?coord . }
                  OPTIONAL { ?item rdfs:label ?label . FILTER(LANG(?label) = "en") }
                }
                """.formatted(values, classes, context);
    }
}
