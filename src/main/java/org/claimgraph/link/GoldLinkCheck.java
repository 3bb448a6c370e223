package org.claimgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimgraph.eval.GoldArticle;
import org.claimgraph.eval.GoldAttribution;
import org.claimgraph.link.WikidataLinker.Outcome;
import org.claimgraph.link.WikidataLinker.Request;
import org.claimgraph.link.WikidataLinker.Status;

/**
 * Measures linking on a gold file's speakers: each distinct named speaker (person, organisation
 * or country) is linked by name and type, as the entity merger would link it. Where the gold
 * gives a Wikidata id, a link is correct when it is that id; the accuracy is over the gold
 * speakers whose id the Wikidata graph contains (the ones the linker could possibly get right).
 */
public final class GoldLinkCheck {
    private GoldLinkCheck() {}

    /** One distinct gold speaker and what the linker made of it. */
    public record Row(String speaker, EntityKind kind, int attributions, String goldQid, boolean goldKnown, Outcome outcome) {
        public boolean correct() {
            return goldQid != null && outcome.status() == Status.LINKED && outcome.link().qid().equals(goldQid);
        }

        public boolean wrong() {
            return outcome.status() == Status.LINKED && goldQid != null && !outcome.link().qid().equals(goldQid);
        }
    }

    /** Totals: gold speakers with an id known to the graph, of which linked correctly; wrong links. */
    public record Result(List<Row> rows, int withGoldId, int knownToGraph, int correct, int wrong, int linked) {
        /** Accuracy on the gold speakers the graph knows, null when the gold gives no ids. */
        public Double accuracy() {
            return knownToGraph == 0 ? null : (double) correct / knownToGraph;
        }
    }

    public static Result check(List<GoldArticle> gold, WikidataLinker linker) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, String> goldIds = new TreeMap<>();
        Map<String, Request> requests = new TreeMap<>();
        for (GoldArticle a : gold) {
            for (GoldAttribution g : a.attributions()) {
                EntityKind kind = kind(g.speakerType());
                if (g.speaker() == null || g.speaker().isBlank() || kind == null) {
                    continue;
                }
                String key = kind + "|" + g.speaker().strip();
                requests.putIfAbsent(key, new Request(g.speaker().strip(), kind, null));
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
                if (g.wikidata() != null && !g.wikidata().isBlank()) {
                    goldIds.putIfAbsent(key, qid(g.wikidata()));
                }
            }
        }
        Map<Request, Outcome> outcomes = linker.link(requests.values());
        List<Row> rows = new ArrayList<>();
        int known = 0;
        int correct = 0;
        int wrong = 0;
        int linked = 0;
        for (Map.Entry<String, Request> e : requests.entrySet()) {
            String goldQid = goldIds.get(e.getKey());
            boolean goldKnown = goldQid != null && isKnown(linker.endpoint(), goldQid);
            Row row = new Row(e.getValue().name(), e.getValue().kind(), counts.get(e.getKey())[0], goldQid, goldKnown,
                    outcomes.get(e.getValue()));
            rows.add(row);
            known += goldKnown ? 1 : 0;
            correct += goldKnown && row.correct() ? 1 : 0;
            wrong += row.wrong() ? 1 : 0;
            linked += row.outcome().status() == Status.LINKED ? 1 : 0;
        }
        return new Result(rows, goldIds.size(), known, correct, wrong, linked);
    }

    static EntityKind kind(String speakerType) {
        if (speakerType == null) {
            return null;
        }
        return switch (speakerType.strip().toLowerCase(Locale.ROOT)) {
            case "person" -> EntityKind.PERSON;
            case "organization", "organisation" -> EntityKind.ORGANIZATION;
            case "country" -> EntityKind.COUNTRY;
            default -> null; // unnamed groups are never linked
        };
    }

    private static String qid(String s) {
        String t = s.strip();
        int slash = t.lastIndexOf('/');
        t = slash >= 0 ? t.substring(slash + 1) : t;
        return t.startsWith("wd:") ? t.substring(3) : t;
    }

    private static boolean isKnown(SparqlEndpoint endpoint, String qid) {
        if (!qid.matches("Q[1-9][0-9]*")) {
            return false;
        }
        return !endpoint.select("SELECT ?l WHERE { <" + Wd.ENTITY + qid + "> <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 1").isEmpty();
    }
}
