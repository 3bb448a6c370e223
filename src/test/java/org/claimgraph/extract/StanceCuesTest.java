package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Stance and attitude cues of the lexicon's second pass, one semantic class per test: refusal and
 * irritation ("balked at", "bristled at"), commitment to an earlier word ("stood by"), relish and
 * harsh criticism ("relished", "ripped"), pondering and grumbling ("pondered whether",
 * "groused that"). Hand-written sentences only.
 */
class StanceCuesTest {

    private static void check(String text, String cue, String source, String content) {
        Attribution a = withCue(text, extract(text), cue);
        assertEquals(source, join(text, a.source()));
        assertEquals(content, join(text, a.content()));
    }

    @Test
    void refusalAndIrritationPhrasals() {
        check("The ferry union balked at the new night timetable.",
                "balked at", "The ferry union", "the new night timetable");
        check("The harbour master bristled at the suggestion that the pier was unsafe.",
                "bristled at", "The harbour master", "the suggestion that the pier was unsafe");
    }

    @Test
    void standingByEarlierRemarks() {
        check("The mayor stood by her remarks about the bakery licence.",
                "stood by", "The mayor", "her remarks about the bakery licence");
    }

    @Test
    void relishAndHarshCriticismTakeTheirObject() {
        check("The council leader relished the chance to name a new harbour chief.",
                "relished", "The council leader", "the chance to name a new harbour chief");
        check("Councillor Dahl ripped the port authority for its late ferries.",
                "ripped", "Councillor Dahl", "the port authority for its late ferries");
    }

    @Test
    void ponderingAndGrumblingTakeAClause() {
        check("The retired captain pondered whether the old pier could be saved.",
                "pondered", "The retired captain", "whether the old pier could be saved");
        check("The fishermen's guild groused that the quotas were unfair.",
                "groused", "The fishermen's guild", "that the quotas were unfair");
    }

    @Test
    void reflexiveDistancingKeepsItsPreposition() {
        check("The harbour master quickly distanced himself from the union's plan.",
                "quickly distanced himself from", "The harbour master", "the union's plan");
    }

    @Test
    void deliberationCuesTakeWhatIsWeighed() {
        check("The council leader mulled whether to sell the old pier.",
                "mulled", "The council leader", "whether to sell the old pier");
        check("The harbour board contemplated closing the night ferry.",
                "contemplated", "The harbour board", "closing the night ferry");
    }

    @Test
    void campaigningAndPressureCues() {
        check("The mayor has campaigned against the new ferry tax.",
                "has campaigned against", "The mayor", "the new ferry tax");
        check("The fishermen pressured the council to drop the quota.",
                "pressured", "The fishermen", "the council to drop the quota");
    }

    @Test
    void articulatingAViewTakesItsObject() {
        check("The ferry captain articulated a plan to save the old pier.",
                "articulated", "The ferry captain", "a plan to save the old pier");
    }

    @Test
    void downAndForwardParticlesKeepTheirPreposition() {
        check("The mayor doubled down on her plan to close the old pier.",
                "doubled down on", "The mayor", "her plan to close the old pier");
        check("The ferry union is looking forward to a new contract with the port.",
                "is looking forward to", "The ferry union", "a new contract with the port");
    }

    @Test
    void musingAboutKeepsItsPreposition() {
        check("The old mayor has mused about a return to the council.",
                "has mused about", "The old mayor", "a return to the council");
    }

    @Test
    void doubledConsonantPastFormsFindTheirCue() {
        check("The two councillors sparred over the harbour budget.",
                "sparred over", "The two councillors", "the harbour budget");
    }

    @Test
    void capitalisedNameIsNotAnInflectedCue() {
        Lexicon lexicon = new Lexicon();
        assertEquals("spar", lexicon.cueLemma("sparr", "sparred"));
        assertEquals("plan", lexicon.cueLemma("plann", "planned"));
        assertEquals("Planned", lexicon.cueLemma("Planned", "Planned"));
    }
}
