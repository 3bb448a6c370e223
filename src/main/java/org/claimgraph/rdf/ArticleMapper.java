package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.ExtractedArticle;
import org.claimgraph.extract.Place;
import org.claimgraph.extract.mention.Mention;
import org.claimgraph.read.Article;

/**
 * Maps one extracted article to quads in its own named graph, streamed to a {@link StreamRDF}
 * (as RIOT parsers do), so a file writer, TDB2 and a remote store are interchangeable sinks.
 * Every node the graph refers to is typed and labelled in the same graph, so each article graph
 * validates on its own against ontology/shapes.ttl.
 */
public final class ArticleMapper {
    private final String extractorVersion;
    private final Function<String, Optional<Place>> countries;

    /**
     * @param extractorVersion recorded on every statement
     * @param countries        looks a country up by name, so an affiliation or a place's country
     *                         carries the same label, coordinates and Wikidata link everywhere
     */
    public ArticleMapper(String extractorVersion, Function<String, Optional<Place>> countries) {
        this.extractorVersion = extractorVersion;
        this.countries = countries;
    }

    public void write(ExtractedArticle extracted, StreamRDF out) {
        Writer w = new Writer(extracted.article(), out);
        Map<Integer, Node> statements = w.write(extracted.attributions());
        w.events(extracted.events(), statements);
        w.mentions(extracted.mentions());
    }

    /** Per-call state: which nodes are already described in this graph. */
    private final class Writer {
        private final Article article;
        private final StreamRDF out;
        private final Node graph;
        private final Node articleNode;
        private final Set<Node> described = new HashSet<>();
        private final Map<Actor, Node> groups = new HashMap<>();
        /** (actor, role or country) pairs already written. */
        private final Set<List<Node>> roles = new HashSet<>();

        Writer(Article article, StreamRDF out) {
            this.article = article;
            this.out = out;
            this.graph = Iris.articleGraph(article.id());
            this.articleNode = Iris.article(article.id());
        }

        /** Writes the article and its statements; returns statement nodes by attribution index. */
        Map<Integer, Node> write(List<Attribution> attributions) {
            describeArticle();
            Map<Integer, Node> statements = new HashMap<>();
            int n = 0;
            for (int i = 0; i < attributions.size(); i++) {
                Attribution a = attributions.get(i);
                if (a.cue().isEmpty() || a.content().isEmpty()) {
                    continue;
                }
                Node st = Iris.statement(article.id(), ++n);
                statement(st, a);
                statements.put(i, st);
            }
            return statements;
        }

        /**
         * Events, numbered in text order: type, trigger span, agent (also written as a participant,
         * so queries need no inference), participants, places, date, article; and cg:about from
         * each statement whose content mentions the event.
         */
        void events(List<Event> events, Map<Integer, Node> statements) {
            int n = 0;
            for (Event e : events) {
                Node ev = Iris.event(article.id(), ++n);
                add(ev, RDF.type.asNode(), CG.Event);
                add(ev, CG.eventType, Iris.eventType(e.type()));
                add(ev, CG.reportedIn, articleNode);
                if (e.agent() != null) {
                    Node agent = actor(e.agent());
                    add(ev, CG.agent, agent);
                    add(ev, CG.participant, agent);
                }
                for (Actor p : e.participants()) {
                    add(ev, CG.participant, actor(p));
                }
                for (Place p : e.places()) {
                    add(ev, CG.eventPlace, place(p));
                }
                if (e.date() != null) {
                    add(ev, CG.eventDate, date(e.date().toString()));
                }
                spans(ev, CG.triggerSpan, "trigger", List.of(e.trigger()));
                for (int index : e.aboutStatements()) {
                    Node st = statements.get(index);
                    if (st != null) {
                        add(st, CG.about, ev);
                    }
                }
            }
        }

        /**
         * One cg:Mention per mention, numbered in text order: its span (oa:start/end/exact, like
         * cg:TextSpan), the actor or place it refers to (cg:mentionOf: a metonym "Moscow" points
         * at the country it stands for, the surface form stays in oa:exact), how it refers, and
         * the role and affiliation the mention itself gives.
         */
        void mentions(List<Mention> mentions) {
            int n = 0;
            for (Mention m : mentions) {
                if (m.span().isEmpty()) {
                    continue;
                }
                Node node = Iris.mention(article.id(), ++n);
                add(node, RDF.type.asNode(), CG.Mention);
                add(node, CG.mentionedIn, articleNode);
                add(node, CG.mentionOf, m.actor() != null ? actor(m.actor()) : place(m.place()));
                add(node, CG.oaStart, integer(m.span().begin()));
                add(node, CG.oaEnd, integer(m.span().end()));
                add(node, CG.oaExact, str(m.span().of(article.text())));
                add(node, CG.mentionForm, str(m.form().name().toLowerCase(java.util.Locale.ROOT)));
                if (m.role() != null) {
                    add(node, CG.mentionRole, str(m.role()));
                }
                if (m.affiliation() != null) {
                    add(node, CG.mentionAffiliation, country(m.affiliation()));
                }
                if (m.metonym()) {
                    add(node, CG.metonym, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
                }
            }
        }

        private void describeArticle() {
            add(articleNode, RDF.type.asNode(), CG.Article);
            add(articleNode, CG.schemaIdentifier, str(article.id()));
            if (article.title() != null) {
                add(articleNode, CG.schemaHeadline, str(article.title()));
            }
            if (article.date() != null) {
                add(articleNode, CG.schemaDatePublished, date(article.date().toString()));
            }
            if (article.url() != null && isAbsoluteIri(article.url())) {
                add(articleNode, CG.schemaUrl, NodeFactory.createURI(article.url()));
            }
            if (article.publisher() != null && !article.publisher().isBlank()) {
                Node pub = Iris.publisher(article.publisher());
                add(articleNode, CG.schemaPublisher, pub);
                add(pub, RDF.type.asNode(), CG.schemaOrganization);
                add(pub, CG.schemaName, str(article.publisher().strip()));
            }
            add(articleNode, CG.schemaText, str(article.text()));
        }

        private void statement(Node st, Attribution a) {
            String text = article.text();
            add(st, RDF.type.asNode(), CG.Statement);
            add(st, CG.reportedIn, articleNode);
            Node speaker = a.speaker() == null ? null : actor(a.speaker());
            if (speaker != null) {
                add(st, CG.speaker, speaker);
            }
            if (!a.source().isEmpty()) {
                add(st, CG.speakerText, str(joined(text, a.source())));
            }
            add(st, CG.cueText, str(joined(text, a.cue())));
            add(st, CG.cueLemma, str(a.cueLemma()));
            String content = proposition(text, a.content());
            add(st, CG.contentText, str(content));
            add(st, CG.direct, NodeFactory.createLiteralDT(Boolean.toString(a.direct()), XSDDatatype.XSDboolean));
            for (Place p : a.places()) {
                add(st, CG.about, place(p));
            }
            if (a.date() != null) {
                add(st, CG.statementDate, date(a.date().toString()));
                add(st, CG.statementDateBasis, str(a.dateBasis().label()));
            }
            // No cg:claim here: claims group statements across articles, so the corpus-level
            // ClaimClusterer writes them (graph CG.CLAIMS_GRAPH) once the store holds every article.
            BigDecimal conf = BigDecimal.valueOf(a.confidence()).setScale(2, RoundingMode.HALF_UP);
            add(st, CG.confidence, NodeFactory.createLiteralDT(conf.toPlainString(), XSDDatatype.XSDdecimal));
            add(st, CG.extractor, str(extractorVersion));
            spans(st, CG.speakerSpan, "source", a.source());
            spans(st, CG.cueSpan, "cue", a.cue());
            spans(st, CG.contentSpan, "content", a.content());
        }

        private void spans(Node st, Node property, String role, List<Span> spans) {
            int i = 0;
            for (Span s : spans) {
                if (s.isEmpty()) {
                    continue;
                }
                Node span = Iris.span(st, role, i++);
                add(st, property, span);
                add(span, RDF.type.asNode(), CG.TextSpan);
                add(span, CG.oaStart, integer(s.begin()));
                add(span, CG.oaEnd, integer(s.end()));
                add(span, CG.oaExact, str(s.of(article.text())));
            }
        }

        private Node actor(Actor actor) {
            if (actor.type() == ActorType.COUNTRY) {
                return country(actor.name());
            }
            Node node = Iris.isPerArticle(actor.type())
                    ? groups.computeIfAbsent(actor, k -> Iris.actor(k, article.id(), groups.size() + 1))
                    : Iris.actor(actor, article.id(), 0);
            if (described.add(node)) {
                add(node, RDF.type.asNode(), switch (actor.type()) {
                    case PERSON -> CG.Person;
                    case ORGANIZATION -> CG.Organization;
                    case UNNAMED_GROUP -> CG.UnnamedGroup;
                    case COUNTRY -> CG.Country;
                });
                add(node, RDFS.label.asNode(), str(actor.name()));
                if (actor.wikidata() != null) {
                    add(node, OWL.sameAs.asNode(), NodeFactory.createURI(CG.WD + actor.wikidata()));
                }
            }
            // Once per value: mentions repeat an actor many times, and each quad costs the store.
            if (actor.role() != null && roles.add(List.of(node, str(actor.role())))) {
                add(node, CG.role, str(actor.role()));
            }
            if (actor.country() != null && roles.add(List.of(node, Iris.country(actor.country())))) {
                add(node, CG.affiliation, country(actor.country()));
            }
            return node;
        }

        private Node country(String name) {
            Optional<Place> known = countries.apply(name);
            String label = known.map(Place::name).orElse(name);
            Node node = Iris.country(label);
            if (described.add(node)) {
                add(node, RDF.type.asNode(), CG.Country);
                add(node, RDFS.label.asNode(), str(label));
                known.ifPresent(p -> coordinatesAndLink(node, p));
            }
            return node;
        }

        private Node place(Place p) {
            if (p.kind().equals("country")) {
                return country(p.name());
            }
            Node node = Iris.place(p.name());
            if (described.add(node)) {
                add(node, RDF.type.asNode(), CG.Place);
                add(node, RDFS.label.asNode(), str(p.name()));
                if (p.country() != null) {
                    add(node, CG.country, country(p.country()));
                }
                coordinatesAndLink(node, p);
            }
            return node;
        }

        private void coordinatesAndLink(Node node, Place p) {
            if (p.latitude() != null && p.longitude() != null) {
                add(node, CG.schemaLatitude, decimal(p.latitude()));
                add(node, CG.schemaLongitude, decimal(p.longitude()));
            }
            if (p.wikidata() != null) {
                add(node, OWL.sameAs.asNode(), NodeFactory.createURI(CG.WD + p.wikidata()));
            }
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

    /** Pieces of a discontinuous span joined with an ellipsis. */
    private static String joined(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            sb.append(s.of(text).strip());
        }
        return sb.toString();
    }

    /**
     * The reported proposition: each piece without quotation marks and closing punctuation, the
     * first without a leading complementiser (spans follow the annotation convention that
     * includes "that"; the statement text should not), pieces joined with an ellipsis.
     */
    static String proposition(String text, List<Span> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Span span : pieces) {
            String raw = span.of(text).strip().replaceAll("\\s+", " ");
            String s = raw.replaceAll("^[\"“”']+|[\"“”',.;:]+$", "").strip();
            if (sb.isEmpty()) {
                s = s.replaceFirst("^(?i)that\\s+", "");
            } else {
                sb.append(" … ");
            }
            sb.append(s.isEmpty() ? raw : s);
        }
        return sb.toString();
    }

    private static boolean isAbsoluteIri(String s) {
        return s.matches("(?i)^[a-z][a-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdate);
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
