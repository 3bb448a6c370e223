package org.claimgraph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * A SPARQL query shipped in {@code queries/NAME.rq} (or given as a file), described by a header of
 * comment lines:
 *
 * <pre>
 * # title: Who said what
 * # description: Every statement with speaker, cue, content ...
 * # param: speakerName (string) optional. Exact rdfs:label of the speaker.
 * </pre>
 *
 * The header is made of the leading comment lines; other comment lines there are free text. The
 * whole file, header included, is the SPARQL text (comments are legal SPARQL).
 */
public record SavedQuery(String name, String title, String description, List<QueryParam> params, String sparql) {

    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z]+)\\s*\\)\\s*(required|optional)\\b\\.?\\s*(.*)$");
    private static final String PARAM_FORMAT =
            "'# param: NAME (TYPE) required|optional. DESCRIPTION' with TYPE one of string, iri, integer, date, decimal";

    public SavedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        params = List.copyOf(params);
        Objects.requireNonNull(sparql, "sparql");
    }

    /** The declared parameter with this name, if any. */
    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** Parses the SPARQL text; a syntax error names the query. */
    public Query toQuery() {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new SavedQueryFormatException("query " + name + ": SPARQL syntax error: " + e.getMessage());
        }
    }

    /**
     * Reads a saved query.
     *
     * @param name the query name (file name without {@code .rq})
     * @param origin where the text came from, for error messages (a path or classpath resource)
     * @param text the file content
     * @throws SavedQueryFormatException when the header is missing a field or a param line is malformed
     */
    public static SavedQuery parse(String name, String origin, String text) {
        String title = null;
        String description = null;
        List<QueryParam> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean hasBody = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                hasBody = true;
                break; // the header is the leading block of comments
            }
            Matcher field = FIELD.matcher(line);
            if (!field.matches()) {
                continue; // free-text comment
            }
            String where = origin + " line " + (i + 1) + ": ";
            String value = field.group(2).strip();
            switch (field.group(1)) {
                case "title" -> {
                    if (title != null) {
                        throw new SavedQueryFormatException(where + "second '# title:' line");
                    }
                    if (value.isEmpty()) {
                        throw new SavedQueryFormatException(where + "empty title");
                    }
                    title = value;
                }
                case "description" -> {
                    if (description != null) {
                        throw new SavedQueryFormatException(where + "second '# description:' line");
                    }
                    if (value.isEmpty()) {
                        throw new SavedQueryFormatException(where + "empty description");
                    }
                    description = value;
                }
                default -> {
                    QueryParam p = parseParam(where, value);
                    if (!seen.add(p.name())) {
                        throw new SavedQueryFormatException(where + "param '" + p.name() + "' declared twice");
                    }
                    params.add(p);
                }
            }
        }
        if (title == null) {
            throw new SavedQueryFormatException(origin + ": missing '# title: ...' header line");
        }
        if (description == null) {
            throw new SavedQueryFormatException(origin + ": missing '# description: ...' header line");
        }
        if (!hasBody) {
            throw new SavedQueryFormatException(origin + ": no SPARQL after the header");
        }
        return new SavedQuery(name, title, description, params, text);
    }

    private static QueryParam parseParam(String where, String value) {
        Matcher m = PARAM.matcher(value);
        if (!m.matches()) {
            throw new SavedQueryFormatException(where + "malformed param '" + value + "'; expected " + PARAM_FORMAT);
        }
        ParamType type = ParamType.fromLabel(m.group(2));
        if (type == null) {
            throw new SavedQueryFormatException(where + "param '" + m.group(1) + "' has unknown type '" + m.group(2)
                    + "'; expected one of string, iri, integer, date, decimal");
        }
        return new QueryParam(m.group(1), type, m.group(3).equals("required"), m.group(4).strip());
    }
}
