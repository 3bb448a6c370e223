package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Place;
import org.claimgraph.extract.mention.Mention;
import org.claimgraph.read.Article;
import org.claimgraph.validate.ShaclValidator;
import org.claimgraph.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** How mentions are written: span, target actor or place, form, role, affiliation, metonym. */
class MentionMappingTest {
    static final String TEXT = "Moscow's envoy Lev Orlov met reporters in Kyiv. Orlov said he was hopeful.";
    static final Actor RUSSIA = new Actor("Russia", ActorType.COUNTRY, null, "Russia", "Q159");
    static final Actor ORLOV = new Actor("Lev Orlov", ActorType.PERSON, "envoy", "Russia", null);
    static final Place KYIV = new Place("Kyiv", "city", "Ukraine", "Q1899", 50.45, 30.52);

    static List<Quad> map() {
        List<Mention> mentions = List.of(
                new Mention(new Span(0, 6), "Moscow", RUSSIA, null, Mention.Form.NAME, null, "Russia", true),
                new Mention(new Span(0, 25), "Moscow's envoy Lev Orlov", ORLOV, null, Mention.Form.NAME, "envoy", "Russia", false),
                new Mention(new Span(42, 46), "Kyiv", null, KYIV, Mention.Form.NAME, null, null, false),
                new Mention(new Span(48, 53), "Orlov", ORLOV, null, Mention.Form.NAME, null, null, false),
                new Mention(new Span(59, 61), "he", ORLOV, null, Mention.Form.PRONOUN, null, null, false));
        Article a = new Article("m1", "T", LocalDate.of(2022, 3, 30), null, "Wire", TEXT, "m1.md");
        List<Quad> quads = new ArrayList<>();
        new ArticleMapper("claimgraph test", new org.claimgraph.extract.Gazetteer()::country)
                .write(new ExtractedArticle(a, List.of(), List.of(), mentions), new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        quads.add(q);
                    }
                });
        return quads;
    }

    static List<Node> objects(List<Quad> quads, Node s, Node p) {
        return quads.stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p)).map(Quad::getObject).toList();
    }

    static String literal(List<Quad> quads, Node s, Node p) {
        List<Node> o = objects(quads, s, p);
        assertEquals(1, o.size(), s + " " + p + ": " + o);
        return o.get(0).getLiteralLexicalForm();
    }

    @Test
    void metonymPointsAtTheCountryAndKeepsTheWordWritten() {
        List<Quad> quads = map();
        Node m1 = Iris.mention("m1", 1);
        assertEquals(List.of(CG.Mention), objects(quads, m1, RDF.type.asNode()));
        assertEquals(List.of(Iris.country("Russia")), objects(quads, m1, CG.mentionOf));
        assertEquals("Moscow", literal(quads, m1, CG.oaExact));
        assertEquals("0", literal(quads, m1, CG.oaStart));
        assertEquals("6", literal(quads, m1, CG.oaEnd));
        assertEquals("true", literal(quads, m1, CG.metonym));
        assertEquals(List.of(Iris.article("m1")), objects(quads, m1, CG.mentionedIn));
    }

    @Test
    void nameSurnameAndPronounAreOneChainOnOneActorNode() {
        List<Quad> quads = map();
        Node orlov = NodeFactory.createURI(CG.ID + "person/lev-orlov");
        for (int n : List.of(2, 4, 5)) {
            assertEquals(List.of(orlov), objects(quads, Iris.mention("m1", n), CG.mentionOf), "mention " + n);
        }
        assertEquals("envoy", literal(quads, Iris.mention("m1", 2), CG.mentionRole));
        assertEquals(List.of(Iris.country("Russia")), objects(quads, Iris.mention("m1", 2), CG.mentionAffiliation));
        assertEquals("pronoun", literal(quads, Iris.mention("m1", 5), CG.mentionForm));
        assertTrue(objects(quads, Iris.mention("m1", 4), CG.metonym).isEmpty(), "metonym is written only when true");
        // The actor node is described in the same graph, with the role the mention gave.
        assertEquals(List.of(CG.Person), objects(quads, orlov, RDF.type.asNode()));
        assertTrue(objects(quads, orlov, CG.role).contains(NodeFactory.createLiteralString("envoy")));
    }

    @Test
    void cityMentionPointsAtThePlaceAndTheGraphConforms() {
        List<Quad> quads = map();
        assertEquals(List.of(Iris.place("Kyiv")), objects(quads, Iris.mention("m1", 3), CG.mentionOf));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        quads.forEach(dsg::add);
        ValidationResult r = new ShaclValidator().validate(org.apache.jena.query.DatasetFactory.wrap(dsg));
        assertTrue(r.conforms(), r.violations().toString());
    }
}
