package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports nested in other reports: which one stands, and where the outer content ends. */
class NestedReportsTest {

    private static boolean hasCue(String t, List<Attribution> all, String cue) {
        return all.stream().anyMatch(a -> join(t, a.cue()).equals(cue));
    }

    @Test
    void nestedThoughtInsideSpeechStillGoes() {
        String t = "The skipper said the fishermen believe the new quay will flood every winter.";
        List<Attribution> all = extract(t);
        Attribution said = withCue(t, all, "said");
        assertEquals("the fishermen believe the new quay will flood every winter", join(t, said.content()));
        assertFalse(hasCue(t, all, "believe"));
    }

    @Test
    void contrastiveWhileJoinsTwoReports() {
        String t = "The mayor praised the new ferry timetable while the harbour union warned that the night crossings would end.";
        List<Attribution> all = extract(t);
        Attribution praised = withCue(t, all, "praised");
        assertEquals("the new ferry timetable", join(t, praised.content()));
        assertTrue(hasCue(t, all, "warned"));
    }

    @Test
    void thatWhileOpensTheContent() {
        String t = "The mayor said that while the union complained about the fares, the ferry would keep running.";
        List<Attribution> all = extract(t);
        Attribution said = withCue(t, all, "said");
        String content = join(t, said.content());
        assertTrue(content.contains("while the union complained") && content.endsWith("would keep running"), content);
        assertFalse(hasCue(t, all, "complained"));
    }

    @Test
    void commaAsJoinsTwoReports() {
        String t = "The skipper says the quay is safe again, even as the inspectors insisted it was still closed.";
        List<Attribution> all = extract(t);
        Attribution says = withCue(t, all, "says");
        assertEquals("the quay is safe again", join(t, says.content()));
        assertTrue(hasCue(t, all, "insisted"));
    }

    @Test
    void speechInsideAThoughtStands() {
        String t = "The pilots believed the harbour master told the board the crane was safe.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "believed"));
        Attribution told = withCue(t, all, "told");
        assertEquals("the harbour master", join(t, told.source()));
        assertEquals("the crane was safe", join(t, told.content()));
    }

    @Test
    void secondSayReportAfterAClauseBreakStands() {
        String t = "Most riders said yes, compared with a few islanders who said the ferry fares were too high.";
        List<Attribution> all = extract(t);
        assertEquals(2, all.stream().filter(a -> join(t, a.cue()).equals("said")).count(), all.toString());
    }

    @Test
    void secondSayReportAfterACommaInsideTheContentStands() {
        String t = "The skipper said the quay was safe, at the harbour meeting he said the cranes would be moved.";
        List<Attribution> all = extract(t);
        assertEquals(2, all.stream().filter(a -> join(t, a.cue()).equals("said")).count(), all.toString());
    }

    @Test
    void sayReportWithoutABreakStillGoes() {
        String t = "The skipper said the harbour master said the cranes would be moved.";
        List<Attribution> all = extract(t);
        assertEquals(1, all.stream().filter(a -> join(t, a.cue()).equals("said")).count(), all.toString());
    }

    @Test
    void sayReportInsideANonSpeechCueStands() {
        String t = "The mayor praised the new ferry timetable that the skipper said would cut the crossing to an hour.";
        List<Attribution> all = extract(t);
        Attribution said = withCue(t, all, "said");
        assertEquals("the skipper", join(t, said.source()));
    }

    @Test
    void sayReportInsideAPollFindingStillGoes() {
        String t = "A new survey shows that 60 percent of the islanders say the ferry is too slow.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "shows"), all.toString());
        assertFalse(hasCue(t, all, "say"), all.toString());
    }

    @Test
    void gerundInsideTheContentIsNoSecondReport() {
        String t = "The harbour master said the new quay mattered more than defending the old lighthouse.";
        List<Attribution> all = extract(t);
        Attribution said = withCue(t, all, "said");
        assertEquals("the new quay mattered more than defending the old lighthouse", join(t, said.content()));
        assertFalse(hasCue(t, all, "defending"), all.toString());
    }

    @Test
    void bareAndThoughtInsideAClauseContentRunsOn() {
        String t = "The ferry captain said she was tired of the delays and wanted a faster boat for the island.";
        List<Attribution> all = extract(t);
        Attribution said = withCue(t, all, "said");
        assertEquals("she was tired of the delays and wanted a faster boat for the island", join(t, said.content()));
    }

    @Test
    void reportInATemporalClauseInsideTheContentStands() {
        String t = "The council condemned the fare rise, which came a week after the ferry company announced record profits.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "condemned"), all.toString());
        Attribution announced = withCue(t, all, "announced");
        assertEquals("the ferry company", join(t, announced.source()));
        assertEquals("record profits", join(t, announced.content()));
    }

    @Test
    void reportAfterThatAsStillGoes() {
        String t = "The skipper argued that as the islanders learned more about the timetable, the ferry would win them over.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "argued"), all.toString());
        assertFalse(hasCue(t, all, "learned"), all.toString());
    }

    @Test
    void gerundReportAfterByInsideTheContentStands() {
        String t = "The skipper said he had won over the islanders by promising cheaper fares for the winter.";
        List<Attribution> all = extract(t);
        assertTrue(hasCue(t, all, "said"), all.toString());
        Attribution promising = withCue(t, all, "promising");
        assertEquals("cheaper fares for the winter", join(t, promising.content()));
    }
}
