package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.DateBasis;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.extract.Place;
import org.claimgraph.read.Article;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {
    static final String TEXT = "Blinken said that Russia was not serious. \"We will see,\" he said, \"what happens.\"";
    static final Actor BLINKEN = new Actor("Antony Blinken", ActorType.PERSON, "Secretary of State", "United States", null);
    static final ArticleMapper MAPPER = new ArticleMapper("claimgraph test", new Gazetteer()::country);

    static Attribution indirect(Actor speaker) {
        return new Attribution(List.of(new Span(0, 7)), List.of(new Span(8, 12)), List.of(new Span(13, 40)), speaker,
                "say", false, List.of(new Place("Russia", "country", "Russia", "Q159", 60.0, 100.0)),
                LocalDate.of(2022, 3, 29), 0.8);
    }

    static List<Quad> map(String id, Attribution... attributions) {
        Article a = new Article(id, "T", LocalDate.of(2022, 3, 30), "https://example.org/" + id, "Wire", TEXT, id + ".md");
        List<Quad> quads = new ArrayList<>();
        MAPPER.write(new ExtractedArticle(a, List.of(attributions)), new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        return quads;
    }

    static List<Node> objects(List<Quad> quads, Node subject, Node predicate) {
        return quads.stream().filter(q -> (subject == null || q.getSubject().equals(subject)) && q.getPredicate().equals(predicate))
                .map(Quad::getObject).toList();
    }

    @Test
    void everyQuadIsInTheArticleGraph() {
        List<Quad> quads = map("a1", indirect(BLINKEN));
        assertTrue(quads.stream().allMatch(q -> q.getGraph().equals(Iris.articleGraph("a1"))));
    }

    @Test
    void statementTextDropsTheComplementiserButSpansKeepTheText() {
        List<Quad> quads = map("a1", indirect(BLINKEN));
        Node st = Iris.statement("a1", 1);
        assertEquals("Russia was not serious", objects(quads, st, CG.contentText).get(0).getLiteralLexicalForm());
        Node span = objects(quads, st, CG.contentSpan).get(0);
        assertEquals("that Russia was not serious", objects(quads, span, CG.oaExact).get(0).getLiteralLexicalForm());
        Node start = objects(quads, span, CG.oaStart).get(0);
        assertEquals(XSDDatatype.XSDinteger.getURI(), start.getLiteralDatatypeURI());
        assertEquals("13", start.getLiteralLexicalForm());
    }

    @Test
    void splitQuotePiecesAreJoinedWithoutQuotationMarks() {
        Attribution split = new Attribution(List.of(new Span(57, 59)), List.of(new Span(60, 64)),
                List.of(new Span(42, 56), new Span(66, 81)), BLINKEN, "say", true, List.of(), null, 0.9);
        List<Quad> quads = map("a1", split);
        assertEquals("We will see … what happens",
                objects(quads, Iris.statement("a1", 1), CG.contentText).get(0).getLiteralLexicalForm());
        assertEquals(2, objects(quads, Iris.statement("a1", 1), CG.contentSpan).size());
        assertTrue(objects(quads, Iris.statement("a1", 1), CG.statementDate).isEmpty(), "no date → no statement date");
    }

    @Test
    void statementDateIsWrittenWithItsBasis() {
        Attribution a = indirect(BLINKEN);
        Attribution newsDay = new Attribution(a.source(), a.cue(), a.content(), BLINKEN, "say", false, List.of(),
                LocalDate.of(2022, 3, 29), DateBasis.NEWS_DAY, 0.8);
        Attribution undated = new Attribution(a.source(), a.cue(), a.content(), BLINKEN, "say", false, List.of(), null, null, 0.8);
        List<Quad> quads = map("a1", a, newsDay, undated);
        assertEquals(List.of("explicit"), objects(quads, Iris.statement("a1", 1), CG.statementDateBasis).stream()
                .map(Node::getLiteralLexicalForm).toList(), "a date stated in the cue's clause");
        Node date = objects(quads, Iris.statement("a1", 2), CG.statementDate).get(0);
        assertEquals("2022-03-29", date.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdate.getURI(), date.getLiteralDatatypeURI());
        assertEquals(List.of("news-day"), objects(quads, Iris.statement("a1", 2), CG.statementDateBasis).stream()
                .map(Node::getLiteralLexicalForm).toList());
        assertTrue(objects(quads, Iris.statement("a1", 3), CG.statementDateBasis).isEmpty(), "no date, no basis");
    }

    @Test
    void aDateNeedsItsBasis() {
        Attribution a = indirect(BLINKEN);
        assertThrows(IllegalArgumentException.class, () -> new Attribution(a.source(), a.cue(), a.content(), BLINKEN,
                "say", false, List.of(), LocalDate.of(2022, 3, 29), null, 0.8));
        assertThrows(IllegalArgumentException.class, () -> new Attribution(a.source(), a.cue(), a.content(), BLINKEN,
                "say", false, List.of(), null, DateBasis.PARAGRAPH, 0.8));
    }

    @Test
    void claimsAreLeftToTheCorpusLevelClustering() {
        List<Quad> quads = map("a1", indirect(BLINKEN));
        assertTrue(objects(quads, Iris.statement("a1", 1), CG.claim).isEmpty(), "the mapper writes no cg:claim");
        assertTrue(quads.stream().noneMatch(q -> q.getObject().equals(CG.Claim)), "nor cg:Claim nodes");
    }

    @Test
    void actorsAffiliationsAndPlacesAreTypedInTheSameGraph() {
        List<Quad> quads = map("a1", indirect(BLINKEN));
        Node person = NodeFactoryHelper.uri(CG.ID + "person/antony-blinken");
        Node us = NodeFactoryHelper.uri(CG.ID + "country/united-states");
        assertEquals(List.of(us), objects(quads, person, CG.affiliation));
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        assertEquals(List.of(CG.Country), objects(quads, us, type));
        assertEquals("http://www.wikidata.org/entity/Q30",
                objects(quads, us, org.apache.jena.vocabulary.OWL.sameAs.asNode()).get(0).getURI());
        Node russia = objects(quads, Iris.statement("a1", 1), CG.about).get(0);
        assertEquals(List.of(CG.Country), objects(quads, russia, type));
    }

    @Test
    void unnamedGroupsArePerArticle() {
        Actor group = new Actor("two senior US officials", ActorType.UNNAMED_GROUP, null, "United States", null);
        Node g1 = objects(map("a1", indirect(group)), Iris.statement("a1", 1), CG.speaker).get(0);
        Node g2 = objects(map("a2", indirect(group)), Iris.statement("a2", 1), CG.speaker).get(0);
        assertFalse(g1.equals(g2));
        assertEquals(Optional.of("group"), Optional.of(g1.getURI().split("/")[4]));
    }

    /** Keeps the assertions above readable. */
    static final class NodeFactoryHelper {
        static Node uri(String s) {
            return org.apache.jena.graph.NodeFactory.createURI(s);
        }
    }
}
