package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SavedQueryTest {
    private static final String BODY = "SELECT * { ?s ?p ?o }\n";

    @Test
    void parsesHeaderFieldsAndParams() {
        String text = """
                # title: Who said what
                # description: Every statement with its speaker.
                # A free-text comment line is allowed in the header.
                # param: speakerName (string) optional. Exact rdfs:label of the speaker, e.g. "Antony Blinken".
                # param: minArticles (integer) required.
                # param: since (date) optional no trailing dot
                PREFIX cg: <https://claimgraph.org/ontology#>
                SELECT * { ?s cg:speaker ?speakerName . FILTER(?minArticles > 0 && ?since > ?since) }
                """;
        SavedQuery q = SavedQuery.parse("who", "who.rq", text);
        assertEquals("who", q.name());
        assertEquals("Who said what", q.title());
        assertEquals("Every statement with its speaker.", q.description());
        assertEquals(List.of(
                new QueryParam("speakerName", ParamType.STRING, false,
                        "Exact rdfs:label of the speaker, e.g. \"Antony Blinken\"."),
                new QueryParam("minArticles", ParamType.INTEGER, true, ""),
                new QueryParam("since", ParamType.DATE, false, "no trailing dot")), q.params());
        assertEquals(text, q.sparql());
        assertTrue(q.param("since").isPresent());
        assertFalse(q.param("nope").isPresent());
        assertEquals("speakerName (string, optional)", q.params().get(0).summary());
        assertTrue(q.toQuery().isSelectType());
    }

    @Test
    void headerStopsAtFirstNonCommentLine() {
        String text = "# title: T\n# description: D\n" + BODY + "# param: late (string) optional. Not part of the header\n";
        assertEquals(List.of(), SavedQuery.parse("q", "q.rq", text).params());
    }

    @Test
    void missingTitleNamesTheFile() {
        var e = assertThrows(SavedQueryFormatException.class,
                () -> SavedQuery.parse("q", "queries/q.rq", "# description: D\n" + BODY));
        assertEquals("queries/q.rq: missing '# title: ...' header line", e.getMessage());
    }

    @Test
    void missingDescriptionNamesTheFile() {
        var e = assertThrows(SavedQueryFormatException.class,
                () -> SavedQuery.parse("q", "queries/q.rq", "# title: T\n" + BODY));
        assertEquals("queries/q.rq: missing '# description: ...' header line", e.getMessage());
    }

    @Test
    void malformedParamNamesFileAndLine() {
        var e = assertThrows(SavedQueryFormatException.class, () -> SavedQuery.parse("q", "queries/q.rq",
                "# title: T\n# description: D\n# param: speakerName string optional\n" + BODY));
        assertTrue(e.getMessage().startsWith("queries/q.rq line 3: malformed param 'speakerName string optional'"),
                e.getMessage());
    }

    @Test
    void unknownParamTypeIsRejected() {
        var e = assertThrows(SavedQueryFormatException.class, () -> SavedQuery.parse("q", "q.rq",
                "# title: T\n# description: D\n# param: when (datetime) optional. x\n" + BODY));
        assertTrue(e.getMessage().contains("line 3: param 'when' has unknown type 'datetime'"), e.getMessage());
    }

    @Test
    void missingRequiredOptionalWordIsRejected() {
        assertThrows(SavedQueryFormatException.class, () -> SavedQuery.parse("q", "q.rq",
                "# title: T\n# description: D\n# param: when (date). x\n" + BODY));
    }

    @Test
    void duplicateParamAndTitleAreRejected() {
        var dupParam = assertThrows(SavedQueryFormatException.class, () -> SavedQuery.parse("q", "q.rq",
                "# title: T\n# description: D\n# param: a (string) optional.\n# param: a (iri) optional.\n" + BODY));
        assertTrue(dupParam.getMessage().contains("line 4: param 'a' declared twice"), dupParam.getMessage());
        var dupTitle = assertThrows(SavedQueryFormatException.class,
                () -> SavedQuery.parse("q", "q.rq", "# title: T\n# title: U\n# description: D\n" + BODY));
        assertTrue(dupTitle.getMessage().contains("line 2: second '# title:' line"), dupTitle.getMessage());
    }

    @Test
    void headerWithoutQueryIsRejected() {
        var e = assertThrows(SavedQueryFormatException.class,
                () -> SavedQuery.parse("q", "q.rq", "# title: T\n# description: D\n\n"));
        assertEquals("q.rq: no SPARQL after the header", e.getMessage());
    }

    @Test
    void sparqlSyntaxErrorNamesTheQuery() {
        SavedQuery q = SavedQuery.parse("broken", "broken.rq", "# title: T\n# description: D\nSELECT * { ?s ?p }\n");
        var e = assertThrows(SavedQueryFormatException.class, q::toQuery);
        assertTrue(e.getMessage().startsWith("query broken: SPARQL syntax error"), e.getMessage());
    }
}
