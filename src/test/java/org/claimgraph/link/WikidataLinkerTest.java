package org.claimgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.claimgraph.link.WikidataLinker.Outcome;
import org.claimgraph.link.WikidataLinker.Request;
import org.claimgraph.link.WikidataLinker.Status;
import org.junit.jupiter.api.Test;

class WikidataLinkerTest {
    private final WikidataLinker mini = new WikidataLinker(LocalEndpoint.of(MiniWikidata.graph()), WikidataLinker.OFFLINE);
    private final WikidataLinker shipped = new WikidataLinker(LocalEndpoint.of(WikidataGraph.shipped()), WikidataLinker.OFFLINE);

    private static Outcome link(WikidataLinker l, String name, EntityKind kind) {
        return l.link(new Request(name, kind, null));
    }

    @Test
    void labelAndAliasMatches() {
        Outcome label = link(mini, "Volodymyr Zelenskyy", EntityKind.PERSON);
        assertEquals(Status.LINKED, label.status());
        assertEquals("Q3874799", label.link().qid());
        assertEquals(new BigDecimal("0.90"), label.link().confidence());
        assertEquals("offline-label", label.link().method());
        Outcome alias = link(mini, "Volodymyr Zelensky", EntityKind.PERSON);
        assertEquals("Q3874799", alias.link().qid());
        assertEquals(new BigDecimal("0.80"), alias.link().confidence());
        assertEquals("Volodymyr Zelenskyy", alias.link().label());
    }

    @Test
    void subclassesCountAndCoordinatesComeBack() {
        // Kyiv is a "big city" ⊑ city, reached through wdt:P279*.
        Outcome kiev = link(mini, "Kiev", EntityKind.PLACE);
        assertEquals(Status.LINKED, kiev.status(), kiev.toString());
        assertEquals("Q1899", kiev.link().qid());
        assertEquals(50.45, kiev.link().latitude(), 1e-9);
        assertEquals(30.5238, kiev.link().longitude(), 1e-9);
    }

    @Test
    void aPersonNeverLinksToACityNorACityToAPerson() {
        Outcome person = link(mini, "Moscow", EntityKind.PERSON);
        assertEquals(Status.WRONG_TYPE, person.status());
        assertNull(person.link());
        // "Kyiv" is also an alias of a (test) human: as a place only the city qualifies.
        Outcome place = link(mini, "Kyiv", EntityKind.PLACE);
        assertEquals("Q1899", place.link().qid());
        assertEquals(List.of("Q1899", "Q9000000021"), place.candidates());
        Outcome shippedCity = link(shipped, "Kyiv", EntityKind.PERSON);
        assertEquals(Status.WRONG_TYPE, shippedCity.status());
    }

    @Test
    void ambiguousNamesStayUnlinked() {
        Outcome smith = link(mini, "John Smith", EntityKind.PERSON);
        assertEquals(Status.AMBIGUOUS, smith.status());
        assertNull(smith.link());
        assertEquals(List.of("Q9000000011", "Q9000000012"), smith.candidates());
        assertEquals(Status.AMBIGUOUS, link(mini, "Moscow", EntityKind.PLACE).status());
    }

    @Test
    void theCountryChoosesBetweenSameNamedPlaces() {
        Outcome moscow = mini.link(new Request("Moscow", EntityKind.PLACE, "Q159"));
        assertEquals(Status.LINKED, moscow.status());
        assertEquals("Q649", moscow.link().qid());
        assertEquals(new BigDecimal("0.75"), moscow.link().confidence());
        // A country that fits neither leaves it ambiguous.
        assertEquals(Status.AMBIGUOUS, mini.link(new Request("Moscow", EntityKind.PLACE, "Q212")).status());
    }

    @Test
    void unknownNamesAreNotFound() {
        assertEquals(Status.NOT_FOUND, link(mini, "Antony Blinken", EntityKind.PERSON).status());
    }

    @Test
    void shippedGraphLinksCountriesByNameAliasAndNotByDemonym() {
        assertEquals("Q212", link(shipped, "Ukraine", EntityKind.COUNTRY).link().qid());
        assertEquals("Q30", link(shipped, "the United States", EntityKind.COUNTRY).link().qid());
        assertEquals("Q145", link(shipped, "Britain", EntityKind.COUNTRY).link().qid());
        // Demonyms are wdt:P1549 values, not labels: "Ukrainian" is not a name of Ukraine.
        assertEquals(Status.NOT_FOUND, link(shipped, "Ukrainian", EntityKind.COUNTRY).status());
        // NATO is an organisation, the EU's alias "Brussels" does not make the city an organisation.
        assertEquals("Q7184", link(shipped, "NATO", EntityKind.ORGANIZATION).link().qid());
        assertEquals(Status.WRONG_TYPE, link(shipped, "Brussels", EntityKind.PLACE).status());
    }

    @Test
    void batchesManyNamesInFewQueries() {
        CountingEndpoint counting = new CountingEndpoint(LocalEndpoint.of(WikidataGraph.shipped()));
        WikidataLinker l = new WikidataLinker(counting, WikidataLinker.OFFLINE);
        List<Request> countries = List.of("France", "Germany", "Poland", "Spain", "Italy", "Japan", "China", "India",
                "Brazil", "Canada", "Mexico", "Chile", "Peru", "Egypt", "Kenya", "Ghana", "Nepal", "Iran", "Iraq",
                "Syria", "Israel", "Jordan", "Qatar", "Oman", "Yemen", "Cuba", "Haiti", "Fiji Islands").stream()
                .map(n -> new Request(n, EntityKind.COUNTRY, null)).toList();
        Map<Request, Outcome> out = l.link(countries);
        assertEquals(28, out.size());
        assertEquals(List.of(), out.values().stream().filter(o -> o.status() != Status.LINKED).toList());
        assertEquals(2, counting.queries, "28 names, batches of 25");
    }

    /** Counts queries passed to another endpoint. */
    static final class CountingEndpoint implements SparqlEndpoint {
        final SparqlEndpoint inner;
        int queries;

        CountingEndpoint(SparqlEndpoint inner) {
            this.inner = inner;
        }

        @Override
        public List<Map<String, org.apache.jena.graph.Node>> select(String query) {
            queries++;
            return inner.select(query);
        }

        @Override
        public org.apache.jena.graph.Graph construct(String query) {
            queries++;
            return inner.construct(query);
        }

        @Override
        public String describe() {
            return inner.describe();
        }
    }
}
