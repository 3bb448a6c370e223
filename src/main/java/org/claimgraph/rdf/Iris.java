package org.claimgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.read.Ids;

/**
 * Mints the IRIs of everything the project describes. IRIs are derived from content (names,
 * ids), never from counters across runs, so re-ingesting gives the same IRIs and the same
 * person in two articles is one node.
 */
public final class Iris {
    private Iris() {}

    public static String articleKey(String articleId) {
        return Ids.slug(articleId);
    }

    public static Node articleGraph(String articleId) {
        return NodeFactory.createURI(CG.GRAPH + "article/" + articleKey(articleId));
    }

    public static Node article(String articleId) {
        return NodeFactory.createURI(CG.ID + "article/" + articleKey(articleId));
    }

    public static Node statement(String articleId, int n) {
        return NodeFactory.createURI(CG.ID + "statement/" + articleKey(articleId) + "/" + n);
    }

    public static Node event(String articleId, int n) {
        return NodeFactory.createURI(CG.ID + "event/" + articleKey(articleId) + "/" + n);
    }

    /** Mentions are numbered in text order within their article. */
    public static Node mention(String articleId, int n) {
        return NodeFactory.createURI(CG.ID + "mention/" + articleKey(articleId) + "/" + n);
    }

    public static Node eventType(String localName) {
        return NodeFactory.createURI(CG.EVENT_TYPE + localName);
    }

    public static Node span(Node statement, String role, int i) {
        return NodeFactory.createURI(statement.getURI() + "/" + role + "/" + i);
    }

    public static Node publisher(String name) {
        return NodeFactory.createURI(CG.ID + "publisher/" + slug(name));
    }

    public static Node country(String name) {
        return NodeFactory.createURI(CG.ID + "country/" + slug(name));
    }

    public static Node place(String name) {
        return NodeFactory.createURI(CG.ID + "place/" + slug(name));
    }

    /** Unnamed groups cannot be identified across articles, so their IRIs are per article. */
    public static Node actor(Actor actor, String articleId, int groupNumber) {
        return switch (actor.type()) {
            case PERSON -> NodeFactory.createURI(CG.ID + "person/" + slug(actor.name()));
            case ORGANIZATION -> NodeFactory.createURI(CG.ID + "org/" + slug(actor.name()));
            case COUNTRY -> country(actor.name());
            case UNNAMED_GROUP -> NodeFactory.createURI(CG.ID + "group/" + articleKey(articleId) + "/" + groupNumber);
        };
    }

    public static boolean isPerArticle(ActorType type) {
        return type == ActorType.UNNAMED_GROUP;
    }

    public static Node claim(String key) {
        return NodeFactory.createURI(CG.ID + "claim/" + sha1(key).substring(0, 20));
    }

    /** Lower-case ASCII with hyphens: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" + sha1(name).substring(0, 12) : s;
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
