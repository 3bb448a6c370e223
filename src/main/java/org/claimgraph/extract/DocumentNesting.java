package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * Reports nested in another report's final content, judged over the whole article (after the
 * direct contents have run on across sentences, which {@link Neighbours} cannot see).
 *
 * <p>Measured on PolNeAR-train, where each token gets one label: a report whose cue lies in the
 * content of a following {@code according to X} ("Y hopes to win, according to X") is mostly
 * not gold (9 of 69); the gold gives the whole chain to X and leaves the inner report out. Kept
 * are the reports a reader of the graph needs and the seed gold counts: an indirect speech report
 * ("Y told reporters that Z, according to X"), a noun cue ("Y's doubts about Z"), and any report
 * before a leading "According to X, …".
 *
 * <p>A thought report ({@code think, want, see, …}) inside any other report's content ("X said:
 * 'They want safe streets.'", "X told of voters who think …") is gold in 11 of 77 such cases on
 * train: PolNeAR labels the speech around it.
 */
final class DocumentNesting {
    private DocumentNesting() {
    }

    /** Indexes (into {@code found}) of the candidates to drop, in increasing order. */
    static List<Integer> dropped(List<Candidate> found) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate inner = found.get(i);
            if (thought(inner) && nestedInAny(found, i)) {
                out.add(i);
                continue;
            }
            if (isAccordingTo(inner) || !inner.direct() && (speech(inner) || inner.confidence() <= NOUN_CUE)) {
                continue;
            }
            for (int j = 0; j < found.size(); j++) {
                Candidate outer = found.get(j);
                if (j != i && isAccordingTo(outer) && outer.cueSpan().begin() > inner.cueSpan().begin()
                        && nestedIn(inner, outer)) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }

    /** The confidence of the noun-phrase patterns (nominal, backing, light verb, poll, colon headline). */
    private static final double NOUN_CUE = 0.6;

    private static boolean speech(Candidate c) {
        return Neighbours.SAYING.contains(Neighbours.head(c.cueLemma()));
    }

    private static boolean thought(Candidate c) {
        return Neighbours.THINKING.contains(Neighbours.head(c.cueLemma()));
    }

    private static boolean nestedInAny(List<Candidate> found, int i) {
        for (int j = 0; j < found.size(); j++) {
            if (j != i && nestedIn(found.get(i), found.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAccordingTo(Candidate c) {
        return c.cueLemma().equals("accord to");
    }

    /** The inner cue starts inside the outer content, and not the other way round. */
    static boolean nestedIn(Candidate inner, Candidate outer) {
        return inside(inner.cue().get(0), outer.content()) && !inside(outer.cue().get(0), inner.content());
    }

    private static boolean inside(Span s, List<Span> spans) {
        for (Span piece : spans) {
            if (piece.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
