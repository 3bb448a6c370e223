package org.claimgraph.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns the fields of a record (JSON object or YAML front matter) plus its text into an article. */
final class Records {

    static final String NO_DATE = "no date; relative dates (e.g. 'yesterday') cannot be resolved";

    private Records() {}

    /**
     * @param fields     the record's fields (may be empty)
     * @param text       the article text, or null to take it from the "text" field (JSON formats)
     * @param origin     "path" or "path:line"
     * @param fallbackId id (already a slug) to use when there is neither "id" nor "url"
     */
    static Candidate build(JsonNode fields, String text, String origin, String fallbackId) throws SkipException {
        List<ReadProblem> warnings = new ArrayList<>();
        if (text == null) {
            JsonNode t = fields.get("text");
            if (t == null || t.isNull()) {
                throw new SkipException("missing \"text\" field");
            }
            if (!t.isTextual()) {
                throw new SkipException("\"text\" field is not a string");
            }
            text = t.textValue();
        }
        text = normaliseNewlines(text);
        if (text.isBlank()) {
            throw new SkipException("empty text");
        }
        String id = scalar(fields, "id", origin, warnings);
        String title = scalar(fields, "title", origin, warnings);
        String url = scalar(fields, "url", origin, warnings);
        String publisher = scalar(fields, "publisher", origin, warnings);
        String rawDate = scalar(fields, "date", origin, warnings);

        LocalDate date = null;
        if (rawDate == null) {
            warnings.add(ReadProblem.warning(origin, NO_DATE));
        } else {
            date = Dates.parse(rawDate).orElse(null);
            if (date == null) {
                warnings.add(ReadProblem.warning(origin, "unparseable date '" + rawDate
                        + "' (expected e.g. 2022-03-30 or March 30, 2022); treated as missing, "
                        + "relative dates cannot be resolved"));
            }
        }
        String articleId = id != null ? Ids.slug(id) : url != null ? Ids.fromUrl(url) : fallbackId;
        return new Candidate(new Article(articleId, title, date, url, publisher, text, origin), warnings);
    }

    /** CRLF (and lone CR) become LF, so offsets are the same whatever system wrote the file. */
    static String normaliseNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** A stripped scalar field value, null when absent or blank; structured values are warned about. */
    private static String scalar(JsonNode fields, String name, String origin, List<ReadProblem> warnings) {
        JsonNode v = fields.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (!v.isValueNode()) {
            warnings.add(ReadProblem.warning(origin, "field '" + name + "' is not a single value; ignored"));
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
