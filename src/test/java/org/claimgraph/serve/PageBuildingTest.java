package org.claimgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The pieces behind the resource pages: sentence windows, highlighting, content negotiation, events. */
class PageBuildingTest {
    private static final String TEXT = "Talks resumed in Istanbul. The U.S. envoy J. Smith said the offer "
            + "was \"not serious.\" Others disagreed!\nA new paragraph starts here.";

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    @Test
    void excerptWidensToTheSentenceAndKeepsInitialsAndQuotesInside() {
        int speaker = at("J. Smith");
        int cue = at("said");
        Excerpt e = Excerpt.of(TEXT, List.of(new Excerpt.Mark(speaker, speaker + "J. Smith".length(), "speaker"),
                new Excerpt.Mark(cue, cue + 4, "cue"))).orElseThrow();
        assertEquals("The U.S. envoy J. Smith said the offer was \"not serious.\"", e.text());
        assertEquals(List.of("speaker"), e.segments().get(1).roles());
        assertEquals("J. Smith", e.segments().get(1).text());
        assertEquals(List.of("cue"), e.segments().get(3).roles());
    }

    @Test
    void excerptStopsAtLineBreaksAndSpansSeveralSentencesWhenMarksDo() {
        int a = at("Istanbul");
        int b = at("Others");
        Excerpt e = Excerpt.of(TEXT, List.of(new Excerpt.Mark(a, a + 8, "content"),
                new Excerpt.Mark(b, b + 6, "content"))).orElseThrow();
        assertTrue(e.text().startsWith("Talks resumed"), e.text());
        assertTrue(e.text().endsWith("Others disagreed!"), e.text());
        int p = at("paragraph");
        assertEquals("A new paragraph starts here.", Excerpt.of(TEXT, List.of(new Excerpt.Mark(p, p + 9, "trigger")))
                .orElseThrow().text());
    }

    @Test
    void overlappingMarksGetBothRolesAndBadMarksAreIgnored() {
        int s = at("offer");
        Excerpt e = Excerpt.of(TEXT, List.of(new Excerpt.Mark(s, s + 9, "content"), new Excerpt.Mark(s + 6, s + 9, "cue"),
                new Excerpt.Mark(-1, 3, "speaker"), new Excerpt.Mark(5, 5, "speaker"))).orElseThrow();
        assertTrue(e.segments().stream().anyMatch(g -> g.text().equals("was") && g.roles().equals(List.of("content", "cue"))),
                e.segments().toString());
        assertTrue(e.segments().stream().noneMatch(g -> g.roles().contains("speaker")));
        assertEquals(Optional.empty(), Excerpt.of(TEXT, List.of(new Excerpt.Mark(10, 999, "cue"))));
    }

    @Test
    void contentNegotiation() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.negotiate(browser, null));
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.negotiate(null, null));
        assertEquals(Optional.of(RdfFormat.HTML), RdfFormat.negotiate("*/*", null));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("text/turtle", null));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate("text/turtle;q=0.9, */*;q=0.1", null));
        assertEquals(Optional.of(RdfFormat.JSONLD),
                RdfFormat.negotiate("application/ld+json, text/turtle;q=0.5", null));
        assertEquals(Optional.of(RdfFormat.TURTLE),
                RdfFormat.negotiate("application/ld+json;q=0.4, text/turtle;q=0.5", null));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), RdfFormat.negotiate("application/n-triples", null));
        assertEquals(Optional.empty(), RdfFormat.negotiate("image/png", null));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.negotiate("text/html", "jsonld"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.negotiate(null, "ttl"));
        assertEquals(Optional.empty(), RdfFormat.negotiate(null, "bogus"));
    }

    /** Events are not extracted yet; their pages work the same way, with the trigger highlighted. */
    @Test
    void eventPagesHighlightTheTriggerGenerically() {
        String trig = """
                PREFIX cg: <https://claimgraph.org/ontology#>
                PREFIX schema: <https://schema.org/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX id: <https://claimgraph.org/id/>
                GRAPH <https://claimgraph.org/graph/article/a1> {
                  id:article\\/a1 a cg:Article ; schema:text "Intro line.\\nTroops shelled the town of Irpin on Monday. Nothing else." .
                  id:event\\/a1\\/1 a cg:Event ; cg:reportedIn id:article\\/a1 ; cg:eventPlace id:place\\/irpin ;
                      cg:participant id:org\\/troops ; cg:triggerSpan id:event\\/a1\\/1\\/trigger\\/0 .
                  id:event\\/a1\\/1\\/trigger\\/0 a cg:TextSpan ; oa:start 19 ; oa:end 26 ; oa:exact "shelled" .
                  id:place\\/irpin a cg:Place ; rdfs:label "Irpin" ; owl:sameAs <http://www.wikidata.org/entity/Q1022845> .
                }""";
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(trig, Lang.TRIG).parse(dsg);
        ResourceDescription d = ResourceDescription.describe(dsg,
                NodeFactory.createURI("https://claimgraph.org/id/event/a1/1"));
        Excerpt e = d.excerpt().orElseThrow();
        assertEquals("Troops shelled the town of Irpin on Monday.", e.text());
        String html = new Pages("claims").resourcePage("/", d);
        assertTrue(html.contains("<mark class=\"trigger\" title=\"trigger\">shelled</mark>"), html);
        assertTrue(html.contains("<a class=\"local\" href=\"/id/place/irpin\""), html);
        assertTrue(html.contains("<a class=\"local\" href=\"/id/org/troops\""), html);
        // the place links out to Wikidata and back in to the event
        ResourceDescription place = ResourceDescription.describe(dsg,
                NodeFactory.createURI("https://claimgraph.org/id/place/irpin"));
        String placeHtml = new Pages("claims").resourcePage("/", place);
        assertTrue(placeHtml.contains("href=\"http://www.wikidata.org/entity/Q1022845\""), placeHtml);
        assertTrue(placeHtml.contains("href=\"/id/event/a1/1\""), placeHtml);
        assertFalse(place.excerpt().isPresent());
    }

    @Test
    void valuesFromTheStoreAreEscaped() {
        String html = Pages.term("/", NodeFactory.createLiteralString("<script>alert('x')</script> & \"q\""),
                java.util.Map.of());
        assertEquals("<span class=\"literal\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;</span>",
                html);
        String link = Pages.term("/", NodeFactory.createURI("https://example.org/a?b=1&c=\"2\""), java.util.Map.of());
        assertEquals("<a class=\"external\" href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\" "
                + "rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=&quot;2&quot;</a>", link);
    }
}
