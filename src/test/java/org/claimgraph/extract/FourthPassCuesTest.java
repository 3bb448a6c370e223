package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Fourth lexicon pass by meaning: criticising (call out, snipe, needle) and further families.
 * Invented sentences only.
 */
class FourthPassCuesTest {
    @Test
    void callOutAndSnipeCriticise() {
        String t = "The union leader called out the minister for the late wages.";
        Attribution a = withCue(t, extract(t), "called out");
        assertEquals("The union leader", join(t, a.source()));
        assertEquals("the minister for the late wages", join(t, a.content()));
        String u = "The harbour master sniped that the new pier was too short.";
        Attribution b = withCue(u, extract(u), "sniped");
        assertEquals("The harbour master", join(u, b.source()));
        assertEquals("that the new pier was too short", join(u, b.content()));
    }

    @Test
    void jeerAndSatirizeMock() {
        String t = "The dock workers jeered, \"Go back to your office!\"";
        Attribution a = withCue(t, extract(t), "jeered");
        assertEquals("The dock workers", join(t, a.source()));
        assertEquals("\"Go back to your office!\"", join(t, a.content()));
        String u = "A student theatre satirized the harbour board.";
        Attribution b = withCue(u, extract(u), "satirized");
        assertEquals("A student theatre", join(u, b.source()));
        assertEquals("the harbour board", join(u, b.content()));
    }

    @Test
    void sumUpSummarisesItsObject() {
        String t = "The ferry operator summed up the season as a costly failure.";
        Attribution a = withCue(t, extract(t), "summed up");
        assertEquals("The ferry operator", join(t, a.source()));
        assertEquals("the season as a costly failure", join(t, a.content()));
    }

    @Test
    void foretellAndProphesyPredict() {
        String t = "The old fishermen foretell a hard winter for the island.";
        Attribution a = withCue(t, extract(t), "foretell");
        assertEquals("The old fishermen", join(t, a.source()));
        assertEquals("a hard winter for the island", join(t, a.content()));
        String u = "The pilot prophesied that the channel would silt up within ten years.";
        Attribution b = withCue(u, extract(u), "prophesied");
        assertEquals("The pilot", join(u, b.source()));
        assertEquals("that the channel would silt up within ten years", join(u, b.content()));
    }

    @Test
    void glossOverDownplaysItsObject() {
        String t = "The annual report glossed over the losses at the shipyard.";
        Attribution a = withCue(t, extract(t), "glossed over");
        assertEquals("The annual report", join(t, a.source()));
        assertEquals("the losses at the shipyard", join(t, a.content()));
    }

    @Test
    void wonderAboutTakesThePrepositionIntoTheCue() {
        String t = "Some passengers wonder about the safety of the old ferry.";
        Attribution a = withCue(t, extract(t), "wonder about");
        assertEquals("Some passengers", join(t, a.source()));
        assertEquals("the safety of the old ferry", join(t, a.content()));
    }

    @Test
    void backDownIsNotTheSupportVerbBack() {
        // Without the phrasal entry 'backed' was read as 'support' with 'down on ...' as its content.
        String t = "The mayor backed down on the parking fees.";
        Attribution a = withCue(t, extract(t), "backed down on");
        assertEquals("The mayor", join(t, a.source()));
        assertEquals("the parking fees", join(t, a.content()));
    }

    @Test
    void cautionAgainstTakesThePrepositionIntoTheCue() {
        String t = "The central bank cautioned against raising rates too soon.";
        Attribution a = withCue(t, extract(t), "cautioned against");
        assertEquals("The central bank", join(t, a.source()));
        assertEquals("raising rates too soon", join(t, a.content()));
    }

    @Test
    void chronicleRecountsItsObject() {
        String t = "The new book chronicled the decline of the herring fleet.";
        Attribution a = withCue(t, extract(t), "chronicled");
        assertEquals("The new book", join(t, a.source()));
        assertEquals("the decline of the herring fleet", join(t, a.content()));
    }

    @Test
    void discountDismissesItsObject() {
        String t = "Marine biologists discounted the fishing company's claims.";
        Attribution a = withCue(t, extract(t), "discounted");
        assertEquals("Marine biologists", join(t, a.source()));
        assertEquals("the fishing company's claims", join(t, a.content()));
    }
}
