package org.claimgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The sentence(s) of an article that contain a set of marked spans (speaker, cue, content,
 * trigger), cut into segments each carrying the roles that cover it, ready to render with
 * highlights.
 *
 * <p>The store keeps character offsets, not sentence boundaries, so the window is widened from the
 * spans to the nearest sentence ends: a '.', '!' or '?' followed by white space (closing quotes
 * may come between), or a line break. A full stop after a single capital letter ("U.S.") does not
 * end a sentence. This errs towards showing a little too much, never cutting a span.
 */
public record Excerpt(int start, int end, List<Segment> segments) {
    /** A highlighted span: [start, end) character offsets into the article text and its role. */
    public record Mark(int start, int end, String role) {
        public Mark {
            Objects.requireNonNull(role, "role");
        }
    }

    /** A piece of the excerpt and the roles covering it (empty = plain text). */
    public record Segment(String text, List<String> roles) {
        public Segment {
            roles = List.copyOf(roles);
        }
    }

    public Excerpt {
        segments = List.copyOf(segments);
    }

    /** The plain text of the excerpt. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /**
     * The excerpt of {@code text} around {@code marks}; marks that fall outside the text or are
     * empty are ignored, and there is no excerpt when none is left.
     */
    public static Optional<Excerpt> of(String text, List<Mark> marks) {
        List<Mark> valid = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()).toList();
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        int from = sentenceStart(text, valid.stream().mapToInt(Mark::start).min().orElseThrow());
        int to = sentenceEnd(text, valid.stream().mapToInt(Mark::end).max().orElseThrow());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Mark m : valid) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Segment> segments = new ArrayList<>();
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            final int lo = a;
            final int hi = b;
            List<String> roles = valid.stream().filter(m -> m.start() <= lo && m.end() >= hi)
                    .map(Mark::role).distinct().sorted().toList();
            segments.add(new Segment(text.substring(lo, hi), roles));
            a = b;
        }
        return Optional.of(new Excerpt(from, to, segments));
    }

    static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (Character.isWhitespace(c) && i > 0 && endsSentenceAt(text, i - 1)) {
                return skipSpace(text, i);
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int pos) {
        for (int i = Math.max(pos, 0); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (Character.isWhitespace(c) && i > 0 && i >= pos && endsSentenceAt(text, i - 1)) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether the character at {@code i} (just before white space) closes a sentence. */
    private static boolean endsSentenceAt(String text, int i) {
        int j = i;
        while (j >= 0 && isClosingQuote(text.charAt(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        char c = text.charAt(j);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        // "U.S." / "J. Smith": a single capital before the dot is an initial, not a sentence end.
        boolean initial = j >= 1 && Character.isUpperCase(text.charAt(j - 1))
                && (j == 1 || !Character.isLetter(text.charAt(j - 2)));
        return !initial;
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
