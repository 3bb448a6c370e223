package org.claimgraph.link;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The few Wikidata terms the offline graph and the linker use, in Wikidata's own RDF vocabulary
 * (the "truthy" wdt: statements of the query service). Kept apart from CG, which only holds
 * terms of our own ontology.
 */
public final class Wd {
    private Wd() {}

    public static final String ENTITY = "http://www.wikidata.org/entity/";
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String SCHEMA = "http://schema.org/";
    /** The public query service; the only endpoint online mode talks to unless told otherwise. */
    public static final String QUERY_SERVICE = "https://query.wikidata.org/sparql";

    // Properties
    public static final Node P17_COUNTRY = prop("P17");
    public static final Node P27_CITIZENSHIP = prop("P27");
    public static final Node P31_INSTANCE_OF = prop("P31");
    public static final Node P36_CAPITAL = prop("P36");
    public static final Node P297_ISO2 = prop("P297");
    public static final Node P298_ISO3 = prop("P298");
    public static final Node P625_COORDINATES = prop("P625");
    public static final Node P1549_DEMONYM = prop("P1549");
    /** Wikidata writes descriptions as schema:description (http, not https). */
    public static final Node DESCRIPTION = NodeFactory.createURI(SCHEMA + "description");
    public static final Node WKT_LITERAL_TYPE = NodeFactory.createURI(GEO + "wktLiteral");

    // Classes the offline graph declares with wdt:P31 and the linker accepts.
    public static final String HUMAN = "Q5";
    public static final String COUNTRY = "Q6256";
    public static final String SOVEREIGN_STATE = "Q3624078";
    public static final String CITY = "Q515";
    public static final String HUMAN_SETTLEMENT = "Q486972";
    public static final String GEOGRAPHIC_REGION = "Q82794";
    public static final String ADMINISTRATIVE_ENTITY = "Q56061";
    public static final String PENINSULA = "Q34763";
    public static final String US_STATE = "Q35657";
    public static final String ORGANIZATION = "Q43229";

    public static Node item(String qid) {
        return NodeFactory.createURI(ENTITY + qid);
    }

    public static Node prop(String pid) {
        return NodeFactory.createURI(DIRECT + pid);
    }

    /** "http://www.wikidata.org/entity/Q212" → "Q212"; null when the node is not a Wikidata item. */
    public static String qid(Node n) {
        if (n == null || !n.isURI() || !n.getURI().startsWith(ENTITY)) {
            return null;
        }
        String q = n.getURI().substring(ENTITY.length());
        return q.matches("Q[1-9][0-9]*") ? q : null;
    }
}
