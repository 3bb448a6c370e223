package org.claimgraph.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.CG;

/**
 * Computes one canonical node per entity across all article graphs and writes them, with their
 * Wikidata links, into the named graph {@code https://claimgraph.org/graph/entities}.
 *
 * <p>Most merging already happens when IRIs are minted: an actor's IRI comes from its type and
 * canonical name ({@code person/volodymyr-zelenskyy}), so the same person in two articles is one
 * node before this class runs. What is left is joined here, in this order, always within one
 * kind (person, organisation, country, place):
 * <ol>
 *   <li>nodes the extractor linked to the same Wikidata item;</li>
 *   <li>nodes whose names are equal after folding accents, case and punctuation, or after the
 *       transliteration rules of {@link Names#skeleton} (Zelensky/Zelenskyy, Chernigiv/Chernihiv);</li>
 *   <li>a person known only by a surname, when exactly one full name in the corpus ends with it;</li>
 *   <li>nodes the linker links to the same Wikidata item (Kiev/Kyiv through its altLabel).</li>
 * </ol>
 * Nodes linked to different items are never joined.
 *
 * <p>The canonical IRI of a group is the IRI of its fullest name (the Wikidata label when one
 * member has it), so it is an IRI the article graphs already use: queries over the union graph
 * see the canonical label and type unchanged. The entities graph gives it every other surface
 * form (labels, and the names inside source texts and mentions) as skos:altLabel, the Wikidata link (owl:sameAs with cg:linkMethod and cg:linkConfidence),
 * coordinates for places the Wikidata graph locates, and {@code member owl:sameAs canonical} for
 * each other IRI of the group. Everything is sorted, so re-running gives the same triples.
 */
public final class EntityMerger {
    public static final String GRAPH_IRI = CG.GRAPH + "entities";
    public static final Node GRAPH = NodeFactory.createURI(GRAPH_IRI);
    /** Method recorded for links the extractor made from its gazetteer of confirmed items. */
    public static final String EXTRACTOR_METHOD = "extractor-gazetteer";
    static final BigDecimal EXTRACTOR_CONFIDENCE = new BigDecimal("0.90");
    private static final String ARTICLE_GRAPHS = CG.GRAPH + "article/";

    private final WikidataLinker linker;

    public EntityMerger(WikidataLinker linker) {
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    /** What a rebuild did, for summaries. */
    public record Summary(int nodes, int entities, int merged, int linked, int ambiguous, int wrongType) {
        public String describe() {
            return entities + " entities from " + nodes + " article-level nodes (" + merged + " merged), "
                    + linked + " linked to Wikidata, " + ambiguous + " ambiguous, " + wrongType + " of another type";
        }
    }

    /**
     * The call to make after ingest: loads the shipped offline Wikidata graph when the store has
     * none, links offline and replaces the entities graph.
     */
    public static Summary rebuild(Dataset dataset) {
        return rebuild(dataset, WikidataSettings.offline());
    }

    /** Same as {@link #rebuild(Dataset)}, linking as the settings say (offline or online). */
    public static Summary rebuild(Dataset dataset, WikidataSettings settings) {
        return new EntityMerger(settings.linker(dataset)).merge(dataset);
    }

    /** Recomputes the entities graph and replaces it in one write transaction. */
    public Summary merge(Dataset dataset) {
        List<Mention> mentions = Txn.calculateRead(dataset, () -> collect(dataset.asDatasetGraph()));
        Result result = compute(mentions);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
            result.graph.find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return result.summary;
    }

    /** The entities graph for a dataset, without writing it (the caller holds no transaction). */
    public Graph computeGraph(Dataset dataset) {
        return compute(Txn.calculateRead(dataset, () -> collect(dataset.asDatasetGraph()))).graph;
    }

    /** One article-level node, with everything the article graphs say about it. */
    static final class Mention {
        final Node iri;
        final EntityKind kind;
        final Set<String> labels = new TreeSet<>();
        final Set<String> altLabels = new TreeSet<>();
        final Set<String> surfaces = new TreeSet<>();
        final Set<String> qids = new TreeSet<>();
        final Set<String> countryQids = new TreeSet<>();
        final Set<Node> graphs = new java.util.HashSet<>();
        /** How often article graphs refer to the node (as speaker, place, affiliation, ...). */
        int references;
        boolean hasCoordinates;

        Mention(Node iri, EntityKind kind) {
            this.iri = iri;
            this.kind = kind;
        }
    }

    private static List<Mention> collect(DatasetGraph dsg) {
        Map<Node, Mention> byIri = new HashMap<>();
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(ARTICLE_GRAPHS)) {
                graphs.add(g);
            }
        });
        Node type = RDF.type.asNode();
        Node sameAs = OWL.sameAs.asNode();
        for (Node g : graphs) {
            dsg.find(g, Node.ANY, type, Node.ANY).forEachRemaining(q -> {
                EntityKind kind = EntityKind.ofClass(q.getObject());
                if (kind != null && q.getSubject().isURI()) {
                    // A node typed with two kinds (not written today) keeps the first in enum order.
                    Mention m = byIri.computeIfAbsent(q.getSubject(), s -> new Mention(s, kind));
                    m.graphs.add(g);
                }
            });
            for (Mention m : byIri.values()) {
                if (!m.graphs.contains(g)) {
                    continue;
                }
                literals(dsg, g, m.iri, RDFS.label.asNode(), m.labels);
                literals(dsg, g, m.iri, CG.skosAltLabel, m.altLabels);
                dsg.find(g, m.iri, sameAs, Node.ANY).forEachRemaining(q -> {
                    String qid = Wd.qid(q.getObject());
                    if (qid != null) {
                        m.qids.add(qid);
                    }
                });
                m.references += (int) dsg.stream(g, Node.ANY, Node.ANY, m.iri).count();
                if (dsg.contains(g, m.iri, CG.schemaLatitude, Node.ANY)) {
                    m.hasCoordinates = true;
                }
                Node countryProperty = m.kind == EntityKind.PLACE ? CG.country : CG.affiliation;
                if (m.kind != EntityKind.COUNTRY) {
                    dsg.find(g, m.iri, countryProperty, Node.ANY).forEachRemaining(q -> {
                        if (dsg.contains(g, q.getObject(), type, CG.Country)) {
                            dsg.find(g, q.getObject(), sameAs, Node.ANY)
                                    .forEachRemaining(s -> addIfQid(m.countryQids, s.getObject()));
                        }
                    });
                }
            }
            // Source mentions: the speaker text of each statement whose speaker is one of our nodes.
            dsg.find(g, Node.ANY, CG.speaker, Node.ANY).forEachRemaining(q -> {
                Mention m = byIri.get(q.getObject());
                if (m != null) {
                    literals(dsg, g, q.getSubject(), CG.speakerText, m.surfaces);
                }
            });
            // Every other mention's surface form ("Zelensky", "Mr Peskov"); write() keeps only the
            // names inside it, so "he", "the State Secretary" and a metonym "Moscow" add nothing.
            dsg.find(g, Node.ANY, CG.mentionOf, Node.ANY).forEachRemaining(q -> {
                Mention m = byIri.get(q.getObject());
                if (m != null) {
                    literals(dsg, g, q.getSubject(), CG.oaExact, m.surfaces);
                }
            });
        }
        List<Mention> out = new ArrayList<>(byIri.values());
        out.sort(Comparator.comparing(m -> m.iri.getURI()));
        return out;
    }

    private static void addIfQid(Set<String> set, Node n) {
        String qid = Wd.qid(n);
        if (qid != null) {
            set.add(qid);
        }
    }

    private static void literals(DatasetGraph dsg, Node g, Node s, Node p, Set<String> into) {
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                into.add(q.getObject().getLiteralLexicalForm());
            }
        });
    }

    private record Result(Graph graph, Summary summary) {}

    /** A group's Wikidata link, however it was made. */
    private record GroupLink(String qid, String label, String method, BigDecimal confidence, Double latitude, Double longitude) {}

    Result compute(List<Mention> mentions) {
        int n = mentions.size();
        UnionFind uf = new UnionFind(mentions);
        // 1. Same item from the extractor.
        joinByKey(uf, mentions, m -> m.qids.stream().map(q -> "wd:" + q).toList());
        // 2. Same normalised name, then same transliteration skeleton.
        joinByKey(uf, mentions, m -> m.labels.stream().map(l -> "key:" + Names.key(l)).filter(k -> k.length() > 4).toList());
        joinByKey(uf, mentions, m -> m.labels.stream().map(Names::skeleton).filter(s -> s.length() >= 5)
                .map(s -> "skel:" + s).toList());
        // 3. Surname only → the one full name ending with it.
        joinSurnames(uf, mentions);
        // 4. Link each group, then join groups linked to the same item.
        Map<Integer, List<Mention>> groups = uf.groups();
        Map<Integer, GroupLink> links = new HashMap<>();
        int[] counts = link(groups, links);
        Map<String, Integer> byItem = new TreeMap<>();
        for (Map.Entry<Integer, List<Mention>> e : new TreeMap<>(groups).entrySet()) {
            GroupLink l = links.get(e.getKey());
            if (l == null) {
                continue;
            }
            String key = e.getValue().get(0).kind + "|" + l.qid();
            Integer first = byItem.putIfAbsent(key, e.getKey());
            if (first != null) {
                uf.union(first, e.getKey());
            }
        }
        // Final groups; a group's link is the best link of its parts (all parts agree on the item).
        Map<Integer, List<Mention>> finalGroups = uf.groups();
        Graph out = GraphFactory.createDefaultGraph();
        int linked = 0;
        int merged = 0;
        for (Map.Entry<Integer, List<Mention>> e : new TreeMap<>(finalGroups).entrySet()) {
            List<Mention> members = e.getValue();
            GroupLink link = null;
            for (Map.Entry<Integer, GroupLink> l : links.entrySet()) {
                if (uf.find(l.getKey()) == e.getKey()) {
                    link = better(link, l.getValue());
                }
            }
            write(out, members, link);
            merged += members.size() - 1;
            linked += link != null ? 1 : 0;
        }
        return new Result(out, new Summary(n, finalGroups.size(), merged, linked, counts[0], counts[1]));
    }

    private static GroupLink better(GroupLink a, GroupLink b) {
        if (a == null) {
            return b;
        }
        int c = rank(b).compareTo(rank(a));
        return c > 0 ? b : a;
    }

    private static String rank(GroupLink l) {
        // Extractor links first (the gazetteer is the curated list), then higher confidence.
        return (EXTRACTOR_METHOD.equals(l.method()) ? "1" : "0") + l.confidence().toPlainString();
    }

    /** Links each group; returns {ambiguous, wrongType} counts. */
    private int[] link(Map<Integer, List<Mention>> groups, Map<Integer, GroupLink> links) {
        Map<Integer, List<WikidataLinker.Request>> requests = new TreeMap<>();
        List<WikidataLinker.Request> all = new ArrayList<>();
        for (Map.Entry<Integer, List<Mention>> e : new TreeMap<>(groups).entrySet()) {
            List<Mention> members = e.getValue();
            EntityKind kind = members.get(0).kind;
            Set<String> countries = new TreeSet<>();
            Set<String> names = new TreeSet<>();
            for (Mention m : members) {
                countries.addAll(m.countryQids);
                for (String l : m.labels) {
                    // A bare surname is too weak to link on its own (Johnson, Clinton, ...).
                    if (kind != EntityKind.PERSON || Names.tokens(l).size() > 1) {
                        names.add(l);
                    }
                }
            }
            String country = countries.size() == 1 ? countries.iterator().next() : null;
            List<WikidataLinker.Request> rs = names.stream().map(l -> new WikidataLinker.Request(l, kind, country)).toList();
            requests.put(e.getKey(), rs);
            all.addAll(rs);
        }
        Map<WikidataLinker.Request, WikidataLinker.Outcome> outcomes = linker.link(all);
        int ambiguous = 0;
        int wrongType = 0;
        for (Map.Entry<Integer, List<Mention>> e : new TreeMap<>(groups).entrySet()) {
            Set<String> extractorQids = new TreeSet<>();
            e.getValue().forEach(m -> extractorQids.addAll(m.qids));
            Map<String, WikidataLinker.Link> found = new TreeMap<>();
            boolean sawAmbiguous = false;
            boolean sawWrongType = false;
            for (WikidataLinker.Request r : requests.get(e.getKey())) {
                WikidataLinker.Outcome o = outcomes.get(r);
                switch (o.status()) {
                    case LINKED -> found.merge(o.link().qid(), o.link(),
                            (a, b) -> a.confidence().compareTo(b.confidence()) >= 0 ? a : b);
                    case AMBIGUOUS -> sawAmbiguous = true;
                    case WRONG_TYPE -> sawWrongType = true;
                    default -> { }
                }
            }
            if (extractorQids.size() == 1) {
                String qid = extractorQids.iterator().next();
                WikidataLinker.Link same = found.get(qid);
                links.put(e.getKey(), new GroupLink(qid, same == null ? null : same.label(), EXTRACTOR_METHOD,
                        EXTRACTOR_CONFIDENCE, same == null ? null : same.latitude(), same == null ? null : same.longitude()));
            } else if (extractorQids.isEmpty() && found.size() == 1) {
                WikidataLinker.Link l = found.values().iterator().next();
                links.put(e.getKey(), new GroupLink(l.qid(), l.label(), l.method(), l.confidence(), l.latitude(), l.longitude()));
            } else if (extractorQids.isEmpty()) {
                // Names of one group linking to different items: precision first, no link.
                if (found.size() > 1 || sawAmbiguous) {
                    ambiguous++;
                } else if (sawWrongType) {
                    wrongType++;
                }
            }
        }
        return new int[] {ambiguous, wrongType};
    }

    private static void write(Graph out, List<Mention> members, GroupLink link) {
        Mention canonical = canonical(members, link == null ? null : link.label());
        Node c = canonical.iri;
        String label = canonical.labels.isEmpty() ? null : canonical.labels.iterator().next();
        out.add(Triple.create(c, RDF.type.asNode(), canonical.kind.cgClass()));
        if (label != null) {
            out.add(Triple.create(c, RDFS.label.asNode(), str(label)));
        }
        // Every surface form: the other labels, existing altLabels, and names inside source mentions.
        List<String> known = new ArrayList<>();
        members.forEach(m -> known.addAll(m.labels));
        Map<String, String> alts = new TreeMap<>();
        for (Mention m : members) {
            for (String l : m.labels) {
                alts.putIfAbsent(l.toLowerCase(java.util.Locale.ROOT), l);
            }
            for (String l : m.altLabels) {
                alts.putIfAbsent(l.toLowerCase(java.util.Locale.ROOT), l);
            }
            for (String s : m.surfaces) {
                String name = Names.nameIn(s, known);
                if (name != null) {
                    alts.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), name);
                }
            }
        }
        if (label != null) {
            alts.remove(label.toLowerCase(java.util.Locale.ROOT));
        }
        for (String a : new LinkedHashSet<>(alts.values())) {
            out.add(Triple.create(c, CG.skosAltLabel, str(a)));
        }
        if (link != null) {
            out.add(Triple.create(c, OWL.sameAs.asNode(), Wd.item(link.qid())));
            out.add(Triple.create(c, CG.linkMethod, str(link.method())));
            out.add(Triple.create(c, CG.linkConfidence,
                    NodeFactory.createLiteralDT(link.confidence().toPlainString(), XSDDatatype.XSDdecimal)));
            boolean located = members.stream().anyMatch(m -> m.hasCoordinates);
            // Only where no article graph gives coordinates, so a node never has two latitudes.
            if (!located && link.latitude() != null && canonical.kind == EntityKind.PLACE) {
                out.add(Triple.create(c, CG.schemaLatitude, decimal(link.latitude())));
                out.add(Triple.create(c, CG.schemaLongitude, decimal(link.longitude())));
            }
        }
        for (Mention m : members) {
            if (!m.iri.equals(c)) {
                out.add(Triple.create(m.iri, OWL.sameAs.asNode(), c));
            }
        }
    }

    /**
     * The member whose name is fullest: the Wikidata label if a member has it, else most words,
     * then the most used spelling (articles, then references: "Antony Blinken" written twenty
     * times beats one "Anthony Blinken"), then longest, then smallest IRI (so the choice is stable).
     */
    static Mention canonical(List<Mention> members, String wikidataLabel) {
        Comparator<Mention> order = Comparator
                .comparing((Mention m) -> wikidataLabel != null && m.labels.stream().anyMatch(l -> l.equalsIgnoreCase(wikidataLabel)) ? 0 : 1)
                .thenComparing(m -> -words(m))
                .thenComparing(m -> -m.graphs.size())
                .thenComparing(m -> -m.references)
                .thenComparing(m -> -length(m))
                .thenComparing(m -> m.iri.getURI());
        return members.stream().min(order).orElseThrow();
    }

    private static int words(Mention m) {
        return m.labels.stream().mapToInt(l -> Names.tokens(l).size()).max().orElse(0);
    }

    private static int length(Mention m) {
        return m.labels.stream().mapToInt(String::length).max().orElse(0);
    }

    private static void joinByKey(UnionFind uf, List<Mention> mentions, java.util.function.Function<Mention, List<String>> keys) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (String k : keys.apply(mentions.get(i))) {
                Integer j = first.putIfAbsent(mentions.get(i).kind + "|" + k, i);
                if (j != null) {
                    uf.union(j, i);
                }
            }
        }
    }

    /** A person named by one word joins the one group whose multi-word name ends with that word. */
    private static void joinSurnames(UnionFind uf, List<Mention> mentions) {
        Map<String, Set<Integer>> fullByLast = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind != EntityKind.PERSON) {
                continue;
            }
            for (String l : m.labels) {
                List<String> t = Names.tokens(l);
                if (t.size() > 1) {
                    fullByLast.computeIfAbsent(Names.skeletonWord(t.get(t.size() - 1)), k -> new TreeSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind != EntityKind.PERSON || m.labels.isEmpty()
                    || !m.labels.stream().allMatch(l -> Names.tokens(l).size() == 1)) {
                continue;
            }
            Set<Integer> roots = new TreeSet<>();
            for (String l : m.labels) {
                for (int j : fullByLast.getOrDefault(Names.skeletonWord(Names.tokens(l).get(0)), Set.of())) {
                    roots.add(uf.find(j));
                }
            }
            if (roots.size() == 1) {
                uf.union(roots.iterator().next(), i);
            }
        }
    }

    /**
     * Union-find over mention indexes that refuses to join groups holding different Wikidata ids
     * from the extractor. The root of a group is its smallest index, so groups are numbered the
     * same on every run.
     */
    private static final class UnionFind {
        private final int[] parent;
        private final List<Set<String>> qids = new ArrayList<>();
        private final List<Mention> mentions;

        UnionFind(List<Mention> mentions) {
            this.mentions = mentions;
            parent = new int[mentions.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                qids.add(new TreeSet<>(mentions.get(i).qids));
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            Set<String> qa = qids.get(ra);
            Set<String> qb = qids.get(rb);
            if (!qa.isEmpty() && !qb.isEmpty() && !qa.equals(qb)) {
                return;
            }
            int root = Math.min(ra, rb);
            int child = Math.max(ra, rb);
            parent[child] = root;
            qids.get(root).addAll(qids.get(child));
        }

        Map<Integer, List<Mention>> groups() {
            Map<Integer, List<Mention>> g = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) {
                g.computeIfAbsent(find(i), k -> new ArrayList<>()).add(mentions.get(i));
            }
            return g;
        }
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
