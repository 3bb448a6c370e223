package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertSourceless;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "titled": the writer names a work; a sourceless cue with the title as content. */
class TitledTest {


    @Test
    void quotedTitleAfterANoun() {
        assertSourceless("The harbour club released a short film titled “The Last Ferry,” which opens on Friday.",
                "titled", "“The Last Ferry,”");
    }

    @Test
    void isTitledKeepsTheSubject() {
        assertSourceless("Her new book is titled \"Salt and Rope.\"", "is titled", "Her new book … \"Salt and Rope.\"");
    }

    @Test
    void unquotedTitleStopsAtItsLastCapitalisedWord() {
        assertSourceless("A documentary titled Tides of the North is set to open in May.", "titled", "Tides of the North");
    }

    @Test
    void aTitledWorkBetweenSpeakerAndParticipleKeepsTheSpeaker() {
        String t = "The mayor says in the spot titled \"Harbour Lights,\" urging voters to back the toll.";
        Attribution urging = withCue(t, extract(t), "urging");
        assertEquals("The mayor", join(t, urging.source()));
    }
}
