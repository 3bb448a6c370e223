package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Sentence shapes around known cue verbs that the patterns used to miss. */
class RecallShapesTest {

    @Test
    void longAppositionWithARelativeClauseBeforeTheCue() {
        String t = "Nora Quist, acting director of the Fjord Trust, which organized the petition, said the ferry fares were too high.";
        Attribution a = withCue(t, extract(t), "said");
        assertNotNull(a);
        assertEquals("Nora Quist, acting director of the Fjord Trust, which organized the petition", join(t, a.source()));
        assertEquals("the ferry fares were too high", join(t, a.content()));
    }

    @Test
    void longAppositionAfterAnOpeningConjunctionKeepsTheName() {
        String t = "But Mara Holt, chief engineer of Delta Yards, a shipbuilder owned by the harbour board, said the crane was safe.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("Mara Holt, chief engineer of Delta Yards, a shipbuilder owned by the harbour board", join(t, a.source()));
    }

    @Test
    void participleSharesTheSubjectOfAnAppositionedMainClause() {
        String t = "The harbour master, a veteran of the old port, voiced support for the plan on Monday, saying the fares were too high.";
        Attribution a = withCue(t, extract(t), "saying");
        assertNotNull(a);
        assertEquals("The harbour master, a veteran of the old port", join(t, a.source()));
        assertEquals("the fares were too high", join(t, a.content()));
    }

    @Test
    void participleSharesTheSubjectAcrossAnAdverb() {
        String t = "Lena instead delivered her standard speech, decrying the influence of big money in shipping.";
        Attribution a = withCue(t, extract(t), "decrying");
        assertNotNull(a);
        assertEquals("Lena", join(t, a.source()));
    }

    @Test
    void comparingClauseEndsTheContentAndKeepsItsOwnReport() {
        String t = "Most skippers said the fares were too high, compared with 23 percent who said the fares were fair.";
        Attribution outer = extract(t).stream().filter(a -> join(t, a.source()).equals("Most skippers")).findFirst().orElseThrow();
        assertEquals("the fares were too high", join(t, outer.content()));
        Attribution inner = extract(t).stream().filter(a -> join(t, a.source()).equals("who")).findFirst().orElseThrow();
        assertEquals("the fares were fair", join(t, inner.content()));
    }

    @Test
    void adverbBetweenSubjectAndCueIsSkipped() {
        String t = "Lena however said she would welcome the new ferry.";
        Attribution a = withCue(t, extract(t), "said");
        assertNotNull(a);
        assertEquals("Lena", join(t, a.source()));
        assertEquals("she would welcome the new ferry", join(t, a.content()));
    }

    @Test
    void emphaticReflexiveStaysInTheSource() {
        String t = "Lena herself said Tuesday that the fares were too high.";
        Attribution a = withCue(t, extract(t), "said");
        assertNotNull(a);
        assertEquals("Lena herself", join(t, a.source()));
    }

    @Test
    void dashesSetOffAnAppositionLikeCommas() {
        String t = "Ivo Lind — a teacher from Mount Pleasant — says he made a late decision to vote.";
        Attribution a = withCue(t, extract(t), "says");
        assertNotNull(a);
        assertEquals("Ivo Lind — a teacher from Mount Pleasant", join(t, a.source()));
        assertEquals("he made a late decision to vote", join(t, a.content()));
    }

    @Test
    void perfectHaveTaggedAsMainVerbStillJoinsTheCue() {
        // The tagger reads this "has" as a main verb; before the participle it is the auxiliary.
        String t = "The ferry vote, which she has repeatedly said was a mistake, remains a weakness.";
        Attribution a = withCue(t, extract(t), "has repeatedly said");
        assertNotNull(a);
        assertEquals("she", join(t, a.source()));
    }

    @Test
    void reportInsideANonRestrictiveRelativeEndsWithTheClause() {
        String t = "Lena, who had said she would debate the mayor, criticized the board on two fronts.";
        Attribution a = withCue(t, extract(t), "had said");
        assertNotNull(a);
        assertEquals("who", join(t, a.source()));
        assertEquals("she would debate the mayor", join(t, a.content()));
    }

    @Test
    void percentageIsTheSubjectOfItsCue() {
        String t = "On ferries, 42% say they're satisfied with the service.";
        Attribution a = withCue(t, extract(t), "say");
        assertNotNull(a);
        assertEquals("42%", join(t, a.source()));
        assertEquals("they're satisfied with the service", join(t, a.content()));
    }
}
