package org.claimgraph.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the offline Wikidata graph ({@code org/claimgraph/wikidata/offline.ttl}) from the
 * project's gazetteer tables, in Wikidata's own RDF shape: {@code wd:Q…} items with an English
 * {@code rdfs:label}, {@code skos:altLabel}s, {@code schema:description} and truthy {@code wdt:}
 * statements (P31 class, P17 country, P27 citizenship, P36 capital, P297/P298 ISO codes, P625
 * coordinates, P1549 demonym).
 *
 * <p>Only items whose id is in the tables are written: countries (derived from the
 * countries-states-cities-database, ODbL, see NOTICE) and the people, organisations and places
 * whose ids were confirmed in independent sources. A capital, country or citizenship is written
 * only when the target's id is known too, so the graph never points at an unverified item.
 *
 * <p>The output is plain text built in a fixed order, so regenerating it from unchanged tables
 * gives the same bytes; {@code OfflineGraphBuilderTest} checks the committed file is up to date.
 * Regenerate after editing a table with {@code mvn -q -o compile && java -cp target/classes
 * org.claimgraph.link.OfflineGraphBuilder src/main/resources/org/claimgraph/wikidata/offline.ttl}.
 */
public final class OfflineGraphBuilder {
    static final String COUNTRIES = "/org/claimgraph/gazetteer/countries.tsv";
    static final String ENTITIES = "/org/claimgraph/gazetteer/entities.tsv";
    static final String PLACES = "/org/claimgraph/gazetteer/places.tsv";
    static final String COORDINATES = "/org/claimgraph/wikidata/place-coordinates.tsv";

    /** Classes the graph uses, labelled in the graph so that it reads well in a browser. */
    private static final Map<String, String> CLASS_LABELS = new TreeMap<>(OfflineGraphBuilder::comparePids);

    static {
        CLASS_LABELS.putAll(Map.of(
                Wd.HUMAN, "human", Wd.COUNTRY, "country", Wd.CITY, "city", Wd.GEOGRAPHIC_REGION, "geographic region",
                Wd.PENINSULA, "peninsula", Wd.US_STATE, "U.S. state", Wd.ORGANIZATION, "organization"));
    }

    /** places.tsv kind → the class written as wdt:P31 (kinds without a class are skipped). */
    private static final Map<String, String> PLACE_CLASSES = Map.of(
            "city", Wd.CITY, "region", Wd.GEOGRAPHIC_REGION, "peninsula", Wd.PENINSULA, "state", Wd.US_STATE);

    private final Map<String, Item> items = new HashMap<>();
    private final Map<String, String> countryQids = new HashMap<>();

    /** One item being assembled; statements keep insertion order, values are deduplicated. */
    private static final class Item {
        final String qid;
        String label;
        String description;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<String, Set<String>> statements = new TreeMap<>(OfflineGraphBuilder::comparePids);

        Item(String qid) {
            this.qid = qid;
        }

        void add(String pid, String turtleObject) {
            statements.computeIfAbsent(pid, k -> new LinkedHashSet<>()).add(turtleObject);
        }
    }

    /** Builds the graph text from the tables on the classpath. */
    public static String build() {
        return new OfflineGraphBuilder().run();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OfflineGraphBuilder OUTPUT.ttl");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), build(), StandardCharsets.UTF_8);
    }

    private String run() {
        Map<String, String> coordinates = new HashMap<>();
        read(COORDINATES, (r, where) -> coordinates.put(r[0], point(r[2], r[3], where)));
        // Countries first: the others refer to them by name.
        List<String[]> countries = new ArrayList<>();
        read(COUNTRIES, (r, where) -> {
            // qid name aliases iso2 iso3 demonyms capital latitude longitude
            Item c = item(qid(r[0], where));
            c.label = r[1].strip();
            split(r[2]).forEach(c.aliases::add);
            c.add("P31", wd(Wd.COUNTRY));
            if (!r[3].isBlank()) {
                c.add("P297", literal(r[3].strip()));
            }
            if (!r[4].isBlank()) {
                c.add("P298", literal(r[4].strip()));
            }
            split(r[5]).forEach(d -> c.add("P1549", en(d)));
            if (!r[7].isBlank() && !r[8].isBlank()) {
                c.add("P625", point(r[7], r[8], where));
            }
            countryQids.putIfAbsent(key(c.label), c.qid);
            c.aliases.forEach(a -> countryQids.putIfAbsent(key(a), c.qid));
            countries.add(r);
        });
        Map<String, String> placeQids = new HashMap<>();
        read(PLACES, (r, where) -> {
            // name aliases kind country qid
            if (r.length < 5 || r[4].isBlank()) {
                return; // unconfirmed: linked online only
            }
            String cls = PLACE_CLASSES.get(r[2].strip());
            if (cls == null) {
                throw new IllegalStateException(where + ": place kind '" + r[2] + "' has no Wikidata class here");
            }
            Item p = item(qid(r[4], where));
            p.label = r[0].strip();
            split(r[1]).forEach(p.aliases::add);
            p.add("P31", wd(cls));
            String country = countryQid(r[3], where);
            if (country != null) {
                p.add("P17", wd(country));
                placeQids.put(key(p.label) + "|" + country, p.qid);
            }
            String point = coordinates.get(p.qid);
            if (point != null) {
                p.add("P625", point);
            }
        });
        for (String[] r : countries) {
            String capital = placeQids.get(key(r[6]) + "|" + r[0].strip());
            if (capital != null) {
                items.get(r[0].strip()).add("P36", wd(capital));
            }
        }
        read(ENTITIES, (r, where) -> {
            // qid label kind aliases description country
            Item e = item(qid(r[0], where));
            e.label = r[1].strip();
            split(r[3]).forEach(e.aliases::add);
            e.description = r[4].isBlank() ? null : r[4].strip();
            switch (r[2].strip()) {
                case "person" -> {
                    e.add("P31", wd(Wd.HUMAN));
                    String country = r.length > 5 ? countryQid(r[5], where) : null;
                    if (country != null) {
                        e.add("P27", wd(country));
                    }
                }
                // Generic class "as declared in entities.tsv": the specific Wikidata classes of
                // these bodies are not confirmed here; the linker accepts any organisation.
                case "organization" -> e.add("P31", wd(Wd.ORGANIZATION));
                default -> throw new IllegalStateException(where + ": unknown kind '" + r[2] + "'");
            }
        });
        for (Item it : items.values()) {
            it.aliases.remove(it.label);
        }
        return turtle();
    }

    private String countryQid(String name, String where) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String q = countryQids.get(key(name));
        if (q == null) {
            throw new IllegalStateException(where + ": country '" + name + "' is not in " + COUNTRIES);
        }
        return q;
    }

    private Item item(String qid) {
        return items.computeIfAbsent(qid, Item::new);
    }

    private String turtle() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # Offline Wikidata graph for claimgraph, in Wikidata's RDF shape (truthy wdt: statements).
                # GENERATED by org.claimgraph.link.OfflineGraphBuilder from src/main/resources/org/claimgraph/
                # gazetteer/{countries,places,entities}.tsv and wikidata/place-coordinates.tsv: do not edit by hand.
                # Countries (labels, ISO codes, demonyms, capitals, centroids) are derived from the
                # countries-states-cities-database project, licensed under the Open Database License
                # (ODbL 1.0); see NOTICE. Other items are only those whose ids were confirmed in
                # independent public sources. Loaded into <https://claimgraph.org/graph/wikidata>.
                PREFIX wd:     <http://www.wikidata.org/entity/>
                PREFIX wdt:    <http://www.wikidata.org/prop/direct/>
                PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                PREFIX geo:    <http://www.opengis.net/ont/geosparql#>

                """);
        for (Map.Entry<String, String> c : CLASS_LABELS.entrySet()) {
            if (!items.containsKey(c.getKey())) {
                sb.append("wd:").append(c.getKey()).append(" rdfs:label ").append(en(c.getValue())).append(" .\n");
            }
        }
        items.values().stream().sorted((a, b) -> comparePids(a.qid, b.qid)).forEach(it -> {
            sb.append('\n').append("wd:").append(it.qid).append('\n');
            List<String> lines = new ArrayList<>();
            lines.add("rdfs:label " + en(it.label));
            if (!it.aliases.isEmpty()) {
                lines.add("skos:altLabel " + String.join(", ", it.aliases.stream().map(OfflineGraphBuilder::en).toList()));
            }
            if (it.description != null) {
                lines.add("schema:description " + en(it.description));
            }
            it.statements.forEach((pid, objects) -> lines.add("wdt:" + pid + " " + String.join(", ", objects)));
            for (int i = 0; i < lines.size(); i++) {
                sb.append("    ").append(lines.get(i)).append(i == lines.size() - 1 ? " .\n" : " ;\n");
            }
        });
        return sb.toString();
    }

    /** Orders "Q5" before "Q30" before "P17"-style ids by number. */
    private static int comparePids(String a, String b) {
        int c = Long.compare(Long.parseLong(a.substring(1)), Long.parseLong(b.substring(1)));
        return c != 0 ? c : a.compareTo(b);
    }

    private static String qid(String raw, String where) {
        String q = raw.strip();
        if (!q.matches("Q[1-9][0-9]*")) {
            throw new IllegalStateException(where + ": '" + raw + "' is not a Wikidata item id");
        }
        return q;
    }

    private static String point(String lat, String lon, String where) {
        try {
            double la = Double.parseDouble(lat.strip());
            double lo = Double.parseDouble(lon.strip());
            if (Math.abs(la) > 90 || Math.abs(lo) > 180) {
                throw new IllegalStateException(where + ": coordinates out of range: " + lat + " " + lon);
            }
            // Wikidata's WKT puts longitude first.
            return "\"Point(" + number(lo) + " " + number(la) + ")\"^^geo:wktLiteral";
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + ": bad coordinates '" + lat + "', '" + lon + "'");
        }
    }

    private static String number(double d) {
        String s = java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String wd(String qid) {
        return "wd:" + qid;
    }

    private static String en(String s) {
        return literal(s) + "@en";
    }

    private static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private interface Row {
        void accept(String[] fields, String where);
    }

    /** Reads a tab-separated table: '#' comment lines, then a header line, then rows. */
    private static void read(String resource, Row row) {
        InputStream in = OfflineGraphBuilder.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1), resource.substring(1) + " line " + n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
