package org.claimgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Place;

/**
 * Writes every predicted attribution in the gold format itself (one article per line, with its
 * text), so the file can be scored against another gold file, compared with another tool's output,
 * or counted per cue without re-running the extractor.
 */
public final class PredictionWriter {
    private static final ObjectMapper JSON = JsonLines.JSON;

    private PredictionWriter() {}

    /** Returns the number of attributions written. */
    public static int write(Path file, List<ArticleOutcome> outcomes) throws IOException {
        JsonLines.write(file, outcomes.stream().map(PredictionWriter::line).toList());
        return outcomes.stream().mapToInt(o -> o.predicted().size()).sum();
    }

    static ObjectNode line(ArticleOutcome o) {
        GoldArticle a = o.article();
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("date", a.date() == null ? null : a.date().toString());
        n.put("publisher", a.publisher());
        n.put("text", a.text());
        ArrayNode attributions = n.putArray("attributions");
        for (Attribution p : o.predicted()) {
            ObjectNode x = attributions.addObject();
            x.set("source", JsonLines.spans(p.source()));
            x.set("cue", JsonLines.spans(p.cue()));
            x.set("content", JsonLines.spans(p.content()));
            if (p.speaker() != null) {
                x.put("speaker", p.speaker().name());
                x.put("speaker_type", speakerType(p));
                if (p.speaker().wikidata() != null) {
                    x.put("wikidata", p.speaker().wikidata());
                }
            }
            ArrayNode places = x.putArray("places");
            for (Place place : p.places()) {
                places.add(place.name());
            }
            if (p.date() != null) {
                x.put("statement_date", p.date().toString());
            }
            x.put("direct", p.direct());
            x.put("cue_lemma", p.cueLemma());
            x.put("confidence", p.confidence());
        }
        return n;
    }

    /** The gold format's names: Person, Organization, Country, UnnamedGroup. */
    private static String speakerType(Attribution p) {
        StringBuilder b = new StringBuilder();
        for (String part : p.speaker().type().name().split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
