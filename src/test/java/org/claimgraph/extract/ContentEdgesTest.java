package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.junit.jupiter.api.Test;

/** {@link ContentEdges}: where a finished content starts and ends, each rule on an invented sentence. */
class ContentEdgesTest {

    @Test
    void quotationEndsAtItsClosingMarkBeforeTheSpeechTag() {
        String t = "“The ferry will run again by May,” Jana Orlik, a spokeswoman for the port authority, told reporters.";
        Candidate c = candidate(t, "Jana Orlik", "told", "“The ferry will run again by May,” Jana Orlik, a spokeswoman");
        assertEquals("“The ferry will run again by May,”", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
    }

    @Test
    void quotationClosedInsideTheContentDoesNotEndIt() {
        String t = "Orlik said “slow” ferries, she added, were the problem.";
        Candidate c = candidate(t, "Orlik", "said", "“slow” ferries, she added, were the problem");
        // the content does not open with a quotation mark, so no speech-tag cut applies
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    @Test
    void closingAppositiveCommentsOnTheReport() {
        String t = "The harbour board said fares would rise by 40 percent, a figure that angered the islanders.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("fares would rise by 40 percent", join(t, a.content()));
    }

    @Test
    void appositiveFollowedByMoreClauseStays() {
        String t = "The skipper said that in the storm, Ole Berg, a retired pilot, was the first to help.";
        Candidate c = candidate(t, "The skipper", "said", "that in the storm, Ole Berg, a retired pilot, was the first to help");
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    @Test
    void closingDefiniteAppositiveAfterANounPhraseIsNotContent() {
        String t = "The mayor praised the new ferry timetable, the plan drawn up by the harbour board.";
        assertEquals("the new ferry timetable", join(t, withCue(t, extract(t), "praised").content()));
        String u = "The mayor praised Ole Berg, her deputy at the harbour office.";
        assertEquals("Ole Berg", join(u, withCue(u, extract(u), "praised").content()));
    }

    @Test
    void definiteAppositiveAfterAClauseOrInAListStays() {
        String t = "The mayor said the ferry would stop at Vik, the largest harbour on the island.";
        assertEquals("the ferry would stop at Vik, the largest harbour on the island",
                join(t, withCue(t, extract(t), "said").content()));
        String u = "The mayor praised the ferry crews, the harbour staff, and the new timetable.";
        assertEquals("the ferry crews, the harbour staff, and the new timetable",
                join(u, withCue(u, extract(u), "praised").content()));
    }

    @Test
    void relativeClauseAfterANounPhraseIsNotContent() {
        String t = "The council announced a new ferry route to Vik, which has been planned since the spring.";
        assertEquals("a new ferry route to Vik", join(t, withCue(t, extract(t), "announced").content()));
        String u = "The mayor praised the new harbour crane, while the workers stayed home.";
        assertEquals("the new harbour crane", join(u, withCue(u, extract(u), "praised").content()));
    }

    @Test
    void relativeClauseAfterACommonNounOrAShortHeadStays() {
        String t = "The council praised the ferry crews, who worked through the storm.";
        assertEquals("the ferry crews, who worked through the storm", join(t, withCue(t, extract(t), "praised").content()));
        // a short head before a long clause: as often the whole report
        String u = "The mayor praised the crane, which the harbour board bought from a shipyard in the north last winter.";
        assertEquals("the crane, which the harbour board bought from a shipyard in the north last winter",
                join(u, withCue(u, extract(u), "praised").content()));
    }

    @Test
    void addresseeOfTellIsNotContent() {
        String t = "The mayor told a packed hall in Vik on Friday that the quay would reopen in June.";
        Attribution a = withCue(t, extract(t), "told");
        assertEquals("that the quay would reopen in June", join(t, a.content()));
    }

    @Test
    void tellWithAClauseKeepsIt() {
        String t = "The mayor told reporters he believed that the quay would reopen.";
        Candidate c = candidate(t, "The mayor", "told", "reporters he believed that the quay would reopen");
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    @Test
    void mediumOfTheReportIsNotContent() {
        String t = "The governor praised the new ferry timetable in an interview published Sunday.";
        Candidate c = candidate(t, "The governor", "praised", "the new ferry timetable in an interview published Sunday");
        assertEquals("the new ferry timetable", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
        String u = "The port disclosed in court that it lost the logs in a letter to the board.";
        Candidate d = candidate(u, "The port", "disclosed", "that it lost the logs in a letter to the board");
        assertEquals("that it lost the logs", join(u, ContentEdges.adjust(u, sentence(u), d).content()));
    }

    @Test
    void commentingParticipleIsNotContent() {
        String t = "The mayor said the quay would reopen by the summer, drawing loud applause from the islanders.";
        assertEquals("the quay would reopen by the summer", join(t, withCue(t, extract(t), "said").content()));
        String u = "The mayor defended the ferry timetable, contrasting it with the chaos of last winter.";
        assertEquals("the ferry timetable", join(u, withCue(u, extract(u), "defended").content()));
        // inside a quotation the participle is part of what was said
        String v = "The mayor said the quay was “finished, drawing the line under years of delay” on Friday.";
        assertEquals("the quay was “finished, drawing the line under years of delay” on Friday",
                join(v, withCue(v, extract(v), "said").content()));
    }

    @Test
    void reportInAFrontedClauseEndsWithTheClause() {
        String t = "While the mayor said that the quay would reopen in June, the workers left the island.";
        assertEquals("that the quay would reopen in June", join(t, withCue(t, extract(t), "said").content()));
        String u = "Even though the skipper said that 2,500 passengers were on board, the harbour log lists fewer.";
        assertEquals("that 2,500 passengers were on board", join(u, withCue(u, extract(u), "said").content()));
    }

    @Test
    void reportAfterAFrontedAsTagKeepsItsCommas() {
        String t = "As the mayor said, the quay is old, and it needs repairs.";
        Candidate c = candidate(t, "the mayor", "said", "the quay is old, and it needs repairs");
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    @Test
    void secondPredicateOfTheSourceIsNotContent() {
        String t = "The mayor praised the new ferry timetable and left the hall before the vote.";
        Attribution a = withCue(t, extract(t), "praised");
        assertEquals("the new ferry timetable", join(t, a.content()));
        String u = "The councillor blamed the delay on the weather and then walked out of the meeting.";
        assertEquals("the delay on the weather", join(u, withCue(u, extract(u), "blamed").content()));
        String v = "The mayor criticized the harbour board but stayed for the rest of the meeting.";
        assertEquals("the harbour board", join(v, withCue(v, extract(v), "criticized").content()));
    }

    @Test
    void coordinationInsideAClauseContentStays() {
        String t = "The mayor said the quay was unsafe and needed repairs before winter.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("the quay was unsafe and needed repairs before winter", join(t, a.content()));
    }

    @Test
    void wordsBeforeAParentheticalTagAreTheFirstPiece() {
        String t = "The islanders, the mayor said, want a second ferry before winter.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(2, a.content().size());
        assertEquals("The islanders", a.content().get(0).of(t));
        assertEquals("want a second ferry before winter", Texts.join(t, a.content().subList(1, 2)));
    }

    @Test
    void wordsBeforeATagAndAQuotationContinuingThemAreTheFirstPiece() {
        String t = "If the bridge closes, the mayor said, \u201cthe ferry will run all night.\u201d";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals(2, a.content().size(), a.toString());
        assertEquals("If the bridge closes", a.content().get(0).of(t));
        assertTrue(a.content().get(1).of(t).contains("the ferry will run all night"), a.toString());
        // a capital after the quotation mark opens a sentence of its own: the fronted words are the writer's
        String u = "Looking tired, the mayor said, \u201cThe ferry will run all night.\u201d";
        Attribution b = withCue(u, extract(u), "said");
        assertEquals(1, b.content().size(), b.toString());
    }

    @Test
    void loneConnectiveBeforeTheTagIsNoPiece() {
        String t = "But, the mayor added, the quay needs repairs first.";
        Candidate c = candidate(t, "the mayor", "added", "the quay needs repairs first");
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    @Test
    void writersConnectiveIsNotContent() {
        String t = "The mayor said, however, that the quay would reopen in June.";
        Candidate c = candidate(t, "The mayor", "said", "however, that the quay would reopen in June");
        assertEquals("that the quay would reopen in June", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
        String u = "Still, the ferry will run on Sundays, the mayor said.";
        Candidate d = candidate(u, "the mayor", "said", "Still, the ferry will run on Sundays");
        assertEquals("the ferry will run on Sundays", join(u, ContentEdges.adjust(u, sentence(u), d).content()));
    }

    @Test
    void openingButOrAQuotedConnectiveStays() {
        String t = "But the ferry will run on Sundays, the mayor said.";
        Candidate c = candidate(t, "the mayor", "said", "But the ferry will run on Sundays");
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
        // inside a quotation the connective is the speaker's
        String u = "“In fact, the ferry will run on Sundays,” the mayor said.";
        Candidate d = candidate(u, "the mayor", "said", "“In fact, the ferry will run on Sundays,”");
        assertSame(d, ContentEdges.adjust(u, sentence(u), d));
        String v = "In fact, the ferry will run on Sundays, the mayor said.";
        Candidate w = candidate(v, "the mayor", "said", "In fact, the ferry will run on Sundays");
        assertEquals("the ferry will run on Sundays", join(v, ContentEdges.adjust(v, sentence(v), w).content()));
    }

    @Test
    void complementizerBeforeAQuotationIsContent() {
        String t = "The mayor vowed to “keep the ferry running” all winter.";
        Candidate c = candidate(t, "The mayor", "vowed", "“keep the ferry running” all winter");
        assertEquals("to “keep the ferry running” all winter", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
        String u = "The mayor told the islanders that “the ferry stays.”";
        Candidate d = candidate(u, "The mayor", "told", "“the ferry stays.”");
        assertEquals("that “the ferry stays.”", join(u, ContentEdges.adjust(u, sentence(u), d).content()));
        String v = "The mayor told the board a plan in contrast to “the chaos of last winter.”";
        Candidate w = candidate(v, "The mayor", "told", "“the chaos of last winter.”");
        assertSame(w, ContentEdges.adjust(v, sentence(v), w));
    }

    @Test
    void nounTakingTheThatClauseIsContent() {
        String t = "The mayor rejected the notion that the ferry was too slow.";
        Candidate c = candidate(t, "The mayor", "rejected", "that the ferry was too slow");
        assertEquals("the notion that the ferry was too slow", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
        // an addressee is no such noun
        String u = "The mayor told the harbour crew that the ferry was too slow.";
        Candidate d = candidate(u, "The mayor", "told", "that the ferry was too slow");
        assertSame(d, ContentEdges.adjust(u, sentence(u), d));
    }

    @Test
    void reportInsideAFreeRelativeIsTheWholeClause() {
        String t = "The council rejected what the mayor said was a fair price for the ferry.";
        assertEquals("what the mayor said was a fair price for the ferry",
                join(t, withCue(t, extract(t), "said").content()));
    }

    @Test
    void relativeAfterAPrepositionIsNoPiece() {
        String t = "She gave an interview in which the mayor said the ferry would run all winter.";
        Candidate c = pieces(t, "the mayor", "said", "which", "the ferry would run all winter");
        assertEquals("the ferry would run all winter", join(t, ContentEdges.adjust(t, sentence(t), c).content()));
        // an object "which" is part of what was said
        String u = "They built a quay, which the mayor said the harbour board would pay for.";
        Candidate d = pieces(u, "the mayor", "said", "which", "the harbour board would pay for");
        assertSame(d, ContentEdges.adjust(u, sentence(u), d));
    }

    @Test
    void accordingToKeepsItsWholeChain() {
        String t = "“We are ready,” Orlik told staff, according to the minutes.";
        Candidate c = new Candidate(List.of(span(t, "the minutes")), span(t, "the minutes"),
                List.of(span(t, "according to")), List.of(span(t, "“We are ready,” Orlik told staff")), "accord to",
                false, 0.8);
        assertSame(c, ContentEdges.adjust(t, sentence(t), c));
    }

    private static Candidate candidate(String t, String source, String cue, String content) {
        return new Candidate(List.of(span(t, source)), span(t, source), List.of(span(t, cue)),
                List.of(span(t, content)), lemma(cue), false, 0.8);
    }

    private static Candidate pieces(String t, String source, String cue, String first, String rest) {
        return new Candidate(List.of(span(t, source)), span(t, source), List.of(span(t, cue)),
                List.of(span(t, first), span(t, rest)), lemma(cue), false, 0.8);
    }

    /** The lemmas of the cues used here, as the annotator gives them. */
    private static String lemma(String cue) {
        return switch (cue) {
            case "told" -> "tell";
            case "said" -> "say";
            case "added" -> "add";
            case "praised" -> "praise";
            case "disclosed" -> "disclose";
            case "vowed" -> "vow";
            case "rejected" -> "reject";
            default -> throw new IllegalArgumentException("no lemma for " + cue);
        };
    }

    private static Span span(String t, String part) {
        int b = t.indexOf(part);
        if (b < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(b, b + part.length());
    }

    private static Sentence sentence(String t) {
        return new Sentence(0, t.length(), List.of());
    }
}
