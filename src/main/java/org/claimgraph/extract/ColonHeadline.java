package org.claimgraph.extract;

import static org.claimgraph.extract.Tokens.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;

/** A colon after a name in a headline ({@code Blinken: …}) or before it at the end. */
final class ColonHeadline {
    private ColonHeadline() {
    }

    /** Headline form "Name: content" or "content: Name". */
    static Candidate find(String text, Sentence s) {
        for (int i = 1; i < s.size() - 1; i++) {
            if (!s.token(i).text().equals(":")) {
                continue;
            }
            Span cue = s.token(i).span();
            if (i <= 4 && allProper(s, 0, i)) {
                Span source = tokens(s, 0, i);
                Span content = trim(text, new Span(s.token(i + 1).begin(), s.end()));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
            int rest = s.size() - i - 1;
            if (rest <= 4 && allProper(s, i + 1, s.size())) {
                Span source = tokens(s, i + 1, s.size());
                Span content = trim(text, new Span(s.begin(), s.token(i).begin()));
                return content == null ? null
                        : new Candidate(List.of(source), source, List.of(cue), List.of(content), ":", false, 0.6);
            }
        }
        return null;
    }
}
