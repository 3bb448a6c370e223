package org.claimgraph.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Splits a text file into optional YAML front matter and body. */
final class FrontMatter {

    record Split(JsonNode fields, String body) {}

    private FrontMatter() {}

    /**
     * @param text the whole file, newlines already normalised to LF
     * @param yaml a YAML ObjectMapper
     * @throws SkipException for an unclosed header, invalid YAML, or YAML that is not a mapping
     */
    static Split split(String text, ObjectMapper yaml) throws SkipException {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals("---")) {
            return new Split(JsonNodeFactory.instance.objectNode(), text);
        }
        int headerStart = Math.min(firstEnd + 1, text.length());
        int pos = headerStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            if (text.substring(pos, end).stripTrailing().equals("---")) {
                JsonNode fields = parseYaml(text.substring(headerStart, pos), yaml);
                return new Split(fields, stripOneBlankLine(text.substring(Math.min(end + 1, text.length()))));
            }
            pos = end + 1;
        }
        throw new SkipException("malformed front matter: no closing '---' line after the opening '---'");
    }

    private static JsonNode parseYaml(String header, ObjectMapper yaml) throws SkipException {
        if (header.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode node;
        try {
            node = yaml.readTree(header);
        } catch (JsonProcessingException e) {
            throw new SkipException(describeYamlError(e));
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new SkipException("malformed front matter: expected 'field: value' lines, found a YAML "
                    + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    /** SnakeYAML's own message spans several lines with a source excerpt; keep the problem and its line. */
    private static String describeYamlError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblem() != null) {
            // Mark lines are 0-based within the header, and the header starts on line 2 of the file.
            String where = m.getProblemMark() != null ? " (line " + (m.getProblemMark().getLine() + 2) + ")" : "";
            String context = m.getContext() != null ? " (" + firstLine(m.getContext()) + ")" : "";
            return "malformed front matter" + where + ": invalid YAML: " + firstLine(m.getProblem()) + context;
        }
        JsonLocation loc = e.getLocation();
        String where = loc != null && loc.getLineNr() > 0 ? " (line " + (loc.getLineNr() + 1) + ")" : "";
        return "malformed front matter" + where + ": invalid YAML: " + firstLine(e.getOriginalMessage());
    }

    private static String stripOneBlankLine(String body) {
        int end = lineEnd(body, 0);
        if (end < body.length() && body.substring(0, end).isBlank()) {
            return body.substring(end + 1);
        }
        return body;
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "(no details)";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
