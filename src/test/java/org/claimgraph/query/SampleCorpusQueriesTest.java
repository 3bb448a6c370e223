package org.claimgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.SampleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every saved query on the ingested sample corpus, with concrete rows from its gold table. */
class SampleCorpusQueriesTest {
    static final String FOMIN_CLAIM = "Russia would drastically reduce military activity near Kyiv and Chernihiv";
    static QueryRunner runner;
    static QueryLibrary library;

    @BeforeAll
    static void ingest() {
        runner = QueryRunner.local(SampleStore.sample());
        library = QueryLibrary.builtIn();
    }

    static ResultTable run(String name, Map<String, String> params) {
        return runner.select(library.get(name), params);
    }

    static List<String> rowsOf(ResultTable t, String... vars) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (String v : vars) {
                sb.append(sb.isEmpty() ? "" : " | ").append(t.get(i, v));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void whoSaidWhatGivesSpeakerCueContentPlacesDateAndArticle() {
        List<String> rows = rowsOf(run("who-said-what", Map.of()), "speaker", "cue", "content", "places", "date", "publisher");
        assertTrue(rows.contains("Antony Blinken | said | he had seen no sign that Moscow was serious about ending the war"
                + " | Russia | 2022-03-29 | Global Wire Service"), rows::toString);
        // Undated in their own paragraphs: the article's news day (the lede's "on Monday" / "on Wednesday").
        assertTrue(rows.contains("Recep Tayyip Erdogan | said | Turkey will do everything it can to help the two sides"
                + " reach a lasting ceasefire | Turkey | 2022-03-28 | Harbor Times"), rows::toString);
        assertTrue(rows.contains("Ukraine | accused | Moscow of failing to keep its promise near Chernihiv"
                + " | Chernihiv, Moscow | 2022-03-30 | Northern Courier")
                || rows.contains("Ukraine | accused | Moscow of failing to keep its promise near Chernihiv"
                + " | Moscow, Chernihiv | 2022-03-30 | Northern Courier"), rows::toString);
        // "last week" dates the clause, but not to a day: no date rather than the news day.
        assertTrue(rows.contains("they | agreed | to send more troops to member states on the eastern flank | Brussels |  | Capital Dispatch"),
                rows::toString);
    }

    @Test
    void whoSaidWhatFiltersBySpeaker() {
        ResultTable t = run("who-said-what", Map.of("speakerName", "Dmitry Peskov"));
        assertEquals(4, t.size(), () -> rowsOf(t, "speaker", "content").toString());
        assertEquals(List.of("Dmitry Peskov"), t.column("speaker").stream().distinct().toList());
        assertTrue(t.column("content").contains("Such actions do not help the negotiations"));
    }

    @Test
    void statementsAboutKyivAcrossArticles() {
        ResultTable t = run("statements-about-place", Map.of("placeName", "Kyiv"));
        List<String> rows = rowsOf(t, "speaker", "publisher");
        assertTrue(rows.contains("John Kirby | Global Wire Service"), rows::toString);
        assertTrue(rows.contains("Hanna Maliar | Northern Courier"), rows::toString);
        assertEquals(4, rows.stream().filter(r -> r.startsWith("Alexander Fomin")).count(), rows::toString);
    }

    @Test
    void blinkenTimelineIsOrderedByDate() {
        ResultTable t = run("actor-timeline", Map.of("actorName", "Antony Blinken"));
        List<String> rows = rowsOf(t, "date", "content");
        assertTrue(rows.size() >= 5, rows::toString);
        assertEquals("2022-03-29 | he had seen no sign that Moscow was serious about ending the war", rows.get(0));
        List<String> dates = t.column("date");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "timeline is in date order");
    }

    @Test
    void actorsWhoSpokeAboutTheSamePlace() {
        List<String> rows = rowsOf(run("actors-same-place", Map.of("placeName", "Kyiv")), "place", "actorA", "actorB");
        assertTrue(rows.contains("Kyiv | Alexander Fomin | John Kirby"), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.endsWith("| Alexander Fomin | Alexander Fomin")), "pairs are distinct");
    }

    @Test
    void statementsBySpeakerCountry() {
        ResultTable t = run("statements-by-country", Map.of());
        List<String> countries = t.column("country");
        assertTrue(countries.containsAll(List.of("Ukraine", "Russia", "United States", "Turkey")), countries::toString);
        int ukraine = countries.indexOf("Ukraine");
        assertTrue(t.get(ukraine, "speakers").contains("Dmytro Kuleba"), t.get(ukraine, "speakers"));
        int russia = countries.indexOf("Russia");
        assertTrue(t.get(russia, "speakers").contains("Dmitry Peskov"));
        assertTrue(Integer.parseInt(t.get(russia, "statements")) >= 10, t.get(russia, "statements"));
    }

    @Test
    void fominsClaimIsReportedByFourArticlesFromFourPublishers() {
        ResultTable t = run("claim-articles", Map.of("minArticles", "3"));
        List<String> rows = rowsOf(t, "claimText", "speaker", "articles", "publishers");
        assertEquals(List.of(FOMIN_CLAIM + " | Alexander Fomin | 4 | 4"), rows);
        String reports = t.get(0, "reports");
        for (String publisher : List.of("The Meridian Ledger", "Global Wire Service", "Northern Courier", "Capital Dispatch")) {
            assertTrue(reports.contains(publisher), reports);
        }
    }

    @Test
    void placesCarryCountryAndWikidata() {
        ResultTable t = run("places", Map.of());
        int kyiv = t.column("place").indexOf("Kyiv");
        assertTrue(kyiv >= 0, t.column("place")::toString);
        assertEquals("Ukraine", t.get(kyiv, "country"));
        assertEquals("http://www.wikidata.org/entity/Q1899", t.get(kyiv, "sameAs"));
    }

    // ---- events, actors and claims (issue 5)

    @Test
    void withdrawalEventsAtChernihivWithTheirCommenters() {
        ResultTable t = run("events", Map.of("eventType", "Withdrawal", "placeName", "Chernihiv"));
        List<String> rows = rowsOf(t, "type", "trigger", "agent", "places", "publisher");
        assertEquals(4, rows.size(), rows::toString);
        for (String publisher : List.of("The Meridian Ledger", "Global Wire Service", "Northern Courier", "Capital Dispatch")) {
            assertTrue(rows.contains("Withdrawal | reduce | Russia | Kyiv, Chernihiv | " + publisher), rows::toString);
        }
        t.column("commentedBy").forEach(c -> assertTrue(c.contains("Alexander Fomin"), c));
        assertTrue(t.column("commentedBy").contains("Alexander Fomin, Two senior US officials"), t.column("commentedBy")::toString);
    }

    @Test
    void eventsFromADateLeaveUndatedOnesOut() {
        ResultTable t = run("events", Map.of("from", "2022-03-29"));
        List<String> rows = rowsOf(t, "type", "trigger", "participants", "places", "date");
        assertTrue(rows.contains("Talks | met | Ukraine, Russia | Istanbul | 2022-03-29")
                || rows.contains("Talks | met | Russia, Ukraine | Istanbul | 2022-03-29"), rows::toString);
        assertTrue(rows.contains("StatementOfIntent | pledge |  | Chernihiv | 2022-03-29"), rows::toString);
        assertTrue(t.column("date").stream().noneMatch(String::isEmpty), "undated events are left out");
        assertTrue(t.column("date").stream().noneMatch(d -> d.compareTo("2022-03-29") < 0), t.column("date")::toString);
    }

    @Test
    void russiasStatementsAndEventsOverTime() {
        ResultTable t = run("actor-activity", Map.of("actorName", "Russia"));
        List<String> rows = rowsOf(t, "date", "kind", "role", "what", "places");
        assertTrue(rows.contains("2022-03-30 | event: Attack | agent | shelled | Chernihiv"), rows::toString);
        assertTrue(rows.contains("2022-03-29 | event: Withdrawal | agent | reduce | Kyiv, Chernihiv"), rows::toString);
        assertTrue(rows.contains("2022-03-31 | statement | speaker | said: it would observe a local ceasefire along the route | Ukraine"),
                rows::toString);
        assertTrue(rows.contains("2022-04-02 | event: TerritorialControl | participant | retaken | Kyiv"), rows::toString);
        List<String> dates = t.column("date");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "in date order");
    }

    @Test
    void actorsLinkedThroughEvents() {
        List<String> rows = rowsOf(run("actor-links", Map.of("actorName", "Ukraine")), "actorA", "link", "actorB", "type", "trigger");
        assertTrue(rows.contains("Russia | co-participants | Ukraine | Talks | met"), rows::toString);
        assertTrue(rows.contains("Ukraine | participant / commenter | Oleksiy Danilov | Attack | struck"), rows::toString);
        assertTrue(rows.contains("Antony Blinken | commented on the same event | Ukraine | Talks | talks"), rows::toString);
        assertTrue(rows.stream().allMatch(r -> r.startsWith("Ukraine |") || r.contains("| Ukraine |")), rows::toString);
        List<String> all = rowsOf(run("actor-links", Map.of()), "actorA", "link", "actorB", "trigger");
        assertTrue(all.contains("Oleksiy Danilov | commented on the same event | Vyacheslav Gladkov | struck"), all::toString);
    }

    @Test
    void corroboratedClaimsNeedSeveralPublishers() {
        ResultTable t = run("corroborated-claims", Map.of());
        assertEquals(List.of(FOMIN_CLAIM + " | Alexander Fomin | 4 | 4"), rowsOf(t, "claimText", "speaker", "publishers", "articles"));
        assertTrue(t.get(0, "publisherNames").contains("Northern Courier"), t.get(0, "publisherNames"));
        assertEquals(0, run("corroborated-claims", Map.of("minPublishers", "5")).size());
    }

    @Test
    void disputesShowWhoContradictedWhom() {
        List<String> rows = rowsOf(run("disputes", Map.of()), "disputer", "cue", "disputeContent", "aboutKind", "about", "contradicted");
        assertTrue(rows.contains("Oleksiy Danilov | denied | Ukraine had carried out the strike | event | Attack: struck"
                + " | Vyacheslav Gladkov"), rows::toString);
        ResultTable chernihiv = run("disputes", Map.of("placeName", "Chernihiv"));
        List<String> c = rowsOf(chernihiv, "disputer", "cue", "about", "contradicted", "otherContent");
        assertTrue(c.contains("Ukraine | accused | Chernihiv | Viacheslav Chaus | Russian forces had shelled Chernihiv through the night"),
                c::toString);
        assertTrue(c.contains("Ukraine | accused | Chernihiv | Alexander Fomin | " + FOMIN_CLAIM), c::toString);
        assertTrue(chernihiv.column("disputer").stream().allMatch("Ukraine"::equals), c::toString);
    }

    @Test
    void eventNetworkIsAGraphOfActorsEventsAndPlaces() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        runner.write(library.get("event-network"), Map.of("eventType", "Withdrawal"), OutputFormat.TABLE, out);
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8), org.apache.jena.riot.Lang.TURTLE).parse(m);
        String cg = "https://claimgraph.org/ontology#";
        var event = m.createResource("https://claimgraph.org/id/event/istanbul-talks-2022-03-29/4");
        assertEquals("Withdrawal: reduce", event.getProperty(m.createProperty("http://www.w3.org/2000/01/rdf-schema#label")).getString());
        assertTrue(event.hasProperty(m.createProperty(cg + "participant"), m.createResource("https://claimgraph.org/id/country/russia")));
        assertTrue(event.hasProperty(m.createProperty(cg + "commentedBy"), m.createResource("https://claimgraph.org/id/person/alexander-fomin")));
        assertTrue(event.hasProperty(m.createProperty(cg + "eventPlace"), m.createResource("https://claimgraph.org/id/place/kyiv")));
        assertTrue(m.listSubjectsWithProperty(m.createProperty(cg + "eventType"),
                m.createResource("https://claimgraph.org/ontology/event-type#Talks")).toList().isEmpty(), "filtered by type");
    }

    // ---- mentions (issue 4)

    @Test
    void actorMentionsListEveryReferenceWithItsSurfaceForm() {
        ResultTable t = run("actor-mentions", Map.of("actorName", "Antony Blinken"));
        List<String> rows = rowsOf(t, "actor", "surface", "form", "role", "affiliation", "metonym", "publisher");
        assertTrue(rows.contains("Antony Blinken | US Secretary of State Antony Blinken | name | Secretary of State"
                + " | United States | false | Global Wire Service"), rows::toString);
        assertTrue(rows.contains("Antony Blinken | Blinken | name |  |  | false | Global Wire Service"), rows::toString);
        assertTrue(t.column("actor").stream().allMatch("Antony Blinken"::equals), rows::toString);
        assertTrue(t.column("headline").stream().distinct().count() >= 2, "mentioned in several articles: " + rows);
    }

    @Test
    void actorMentionsShowCapitalsStandingForTheirCountry() {
        List<String> rows = rowsOf(run("actor-mentions", Map.of("actorName", "Russia")), "actor", "surface", "metonym");
        assertTrue(rows.contains("Russia | Moscow | true"), rows::toString);
        assertTrue(rows.contains("Russia | Russia | false"), rows::toString);
        List<String> all = rowsOf(run("actor-mentions", Map.of()), "actor", "surface", "form");
        assertTrue(all.contains("Two senior US officials | Two senior US officials | description"), all::toString);
        assertTrue(all.stream().noneMatch(r -> r.startsWith("Kyiv |")), "the city is a place, not an actor row");
    }
}
