package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/** Finds the toponyms inside given spans by longest match against the gazetteer. */
final class PlaceFinder {
    private final Gazetteer gazetteer;

    PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Place> find(AnnotatedText doc, List<Span> spans) {
        Map<String, Place> found = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Span span : spans) {
                if (s.span().overlaps(span)) {
                    scan(doc.text(), s, span, found);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private void scan(String text, Sentence s, Span span, Map<String, Place> found) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size()) {
            Token t = tokens.get(k);
            if (!span.contains(t.span()) || !Character.isUpperCase(t.text().charAt(0))) {
                k++;
                continue;
            }
            int matched = 0;
            for (int len = Math.min(gazetteer.longestName(), tokens.size() - k); len >= 1 && matched == 0; len--) {
                Token last = tokens.get(k + len - 1);
                if (!span.contains(last.span())) {
                    continue;
                }
                Optional<Place> p = gazetteer.place(text.substring(t.begin(), last.end()));
                if (p.isPresent()) {
                    found.putIfAbsent(p.get().name(), p.get());
                    matched = len;
                }
            }
            k += Math.max(matched, 1);
        }
    }
}
