package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations of a resource page and HTTP content negotiation between them. A
 * {@code ?format=} parameter (html, turtle/ttl, jsonld, nt, rdfxml) wins over the Accept header,
 * so a link can ask for a format; otherwise the Accept entry with the highest q-value that we
 * offer wins, with ties going to the earlier entry and wildcards to HTML.
 */
public enum RdfFormat {
    HTML("text/html", null, "html"),
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY, "turtle", "ttl"),
    JSONLD("application/ld+json", RDFFormat.JSONLD, "jsonld", "json-ld"),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES, "nt", "ntriples"),
    RDFXML("application/rdf+xml", RDFFormat.RDFXML_ABBREV, "rdfxml", "xml");

    private final String mediaType;
    private final RDFFormat jena;
    private final List<String> names;

    RdfFormat(String mediaType, RDFFormat jena, String... names) {
        this.mediaType = mediaType;
        this.jena = jena;
        this.names = List.of(names);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat jenaFormat() {
        return jena;
    }

    public Lang lang() {
        return jena == null ? null : jena.getLang();
    }

    /** The format a {@code ?format=} value names, if any. */
    public static Optional<RdfFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.names.contains(n) || f.mediaType.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Chooses the representation for a request.
     *
     * @param accept the Accept header (null = anything)
     * @param format the {@code format} query parameter (null = none)
     * @return empty when the client accepts none of the offered types (HTTP 406)
     */
    public static Optional<RdfFormat> negotiate(String accept, String format) {
        if (format != null) {
            return byName(format);
        }
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        record Entry(String type, double q, int order) {}
        List<Entry> entries = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";");
            String type = fields[0].trim().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int k = 1; k < fields.length; k++) {
                String f = fields[k].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (!type.isEmpty() && q > 0) {
                entries.add(new Entry(type, q, i));
            }
        }
        RdfFormat best = null;
        double bestQ = -1;
        int bestSpecificity = -1;
        for (Entry e : entries) {
            for (RdfFormat f : values()) {
                int specificity = matches(e.type(), f);
                if (specificity < 0) {
                    continue;
                }
                // Higher q wins; at equal q an exact type beats a wildcard; else the first match stays.
                if (e.q() > bestQ || (e.q() == bestQ && specificity > bestSpecificity)) {
                    best = f;
                    bestQ = e.q();
                    bestSpecificity = specificity;
                }
                if (specificity < 2) {
                    break; // a wildcard matches HTML first; the other formats add nothing
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** 2 = exact, 1 = type/*, 0 = star/star, -1 = no match. XHTML counts as HTML. */
    private static int matches(String type, RdfFormat f) {
        if (type.equals(f.mediaType) || (f == HTML && type.equals("application/xhtml+xml"))) {
            return 2;
        }
        if (type.equals("*/*")) {
            return 0;
        }
        if (type.endsWith("/*") && f.mediaType.startsWith(type.substring(0, type.length() - 1))) {
            return 1;
        }
        return -1;
    }
}
