package org.claimgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the claimgraph ontology and the external vocabularies it reuses.
 *
 * <p>The Turtle file {@code ontology/claimgraph.ttl} is the source of truth; {@code
 * VocabularyTest} fails when a constant here is not declared there.
 */
public final class CG {
    private CG() {}

    public static final String NS = "https://claimgraph.org/ontology#";
    /** Base for every IRI the project mints (articles, actors, statements, ...). */
    public static final String ID = "https://claimgraph.org/id/";
    /** Base for named graphs. */
    public static final String GRAPH = "https://claimgraph.org/graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    /** Corpus-level graph of claims and statement → claim links, replaced by each re-clustering. */
    public static final String CLAIMS_GRAPH = GRAPH + "claims";
    /** Namespace of the event-type concepts (ontology/event-types.ttl). */
    public static final String EVENT_TYPE = "https://claimgraph.org/ontology/event-type#";

    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String WD = "http://www.wikidata.org/entity/";

    // Classes
    public static final Node Article = cg("Article");
    public static final Node Actor = cg("Actor");
    public static final Node Person = cg("Person");
    public static final Node Organization = cg("Organization");
    public static final Node Country = cg("Country");
    public static final Node UnnamedGroup = cg("UnnamedGroup");
    public static final Node Place = cg("Place");
    public static final Node Statement = cg("Statement");
    public static final Node Claim = cg("Claim");
    public static final Node Event = cg("Event");
    public static final Node TextSpan = cg("TextSpan");
    public static final Node Mention = cg("Mention");

    // Statement properties
    public static final Node speaker = cg("speaker");
    public static final Node speakerText = cg("speakerText");
    public static final Node cueText = cg("cueText");
    public static final Node cueLemma = cg("cueLemma");
    public static final Node contentText = cg("contentText");
    public static final Node direct = cg("direct");
    public static final Node about = cg("about");
    public static final Node statementDate = cg("statementDate");
    public static final Node statementDateBasis = cg("statementDateBasis");
    public static final Node reportedIn = cg("reportedIn");
    public static final Node claim = cg("claim");
    public static final Node confidence = cg("confidence");
    public static final Node extractor = cg("extractor");
    public static final Node speakerSpan = cg("speakerSpan");
    public static final Node cueSpan = cg("cueSpan");
    public static final Node contentSpan = cg("contentSpan");

    // Actor, place, claim, event properties
    public static final Node role = cg("role");
    public static final Node affiliation = cg("affiliation");
    public static final Node country = cg("country");
    public static final Node claimText = cg("claimText");

    // Wikidata links of canonical entities (graph https://claimgraph.org/graph/entities)
    public static final Node linkMethod = cg("linkMethod");
    public static final Node linkConfidence = cg("linkConfidence");
    public static final Node articleCount = cg("articleCount");
    public static final Node publisherCount = cg("publisherCount");
    public static final Node eventType = cg("eventType");
    public static final Node participant = cg("participant");
    public static final Node agent = cg("agent");
    public static final Node commentedBy = cg("commentedBy");
    public static final Node eventPlace = cg("eventPlace");
    public static final Node eventDate = cg("eventDate");
    public static final Node triggerSpan = cg("triggerSpan");

    // Mentions of actors and places (one node per mention, in the article graph)
    public static final Node mentionOf = cg("mentionOf");
    public static final Node mentionedIn = cg("mentionedIn");
    public static final Node mentionForm = cg("mentionForm");
    public static final Node mentionRole = cg("mentionRole");
    public static final Node mentionAffiliation = cg("mentionAffiliation");
    public static final Node metonym = cg("metonym");

    // schema.org
    public static final Node schemaHeadline = schema("headline");
    public static final Node schemaUrl = schema("url");
    public static final Node schemaPublisher = schema("publisher");
    public static final Node schemaDatePublished = schema("datePublished");
    public static final Node schemaIdentifier = schema("identifier");
    public static final Node schemaText = schema("text");
    public static final Node schemaName = schema("name");
    public static final Node schemaLatitude = schema("latitude");
    public static final Node schemaLongitude = schema("longitude");
    public static final Node schemaOrganization = schema("Organization");

    // W3C Web Annotation selectors, for character spans
    public static final Node oaStart = oa("start");
    public static final Node oaEnd = oa("end");
    public static final Node oaExact = oa("exact");

    // SKOS labels
    public static final Node skosPrefLabel = NodeFactory.createURI(SKOS + "prefLabel");
    public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");

    public static Node cg(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    private static Node oa(String local) {
        return NodeFactory.createURI(OA + local);
    }
}
