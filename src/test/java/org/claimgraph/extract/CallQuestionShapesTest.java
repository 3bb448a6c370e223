package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shapes of the "call" and "question" cue families ({@link LightVerbPattern}, {@link VerbalPattern}). Invented sentences. */
class CallQuestionShapesTest {

    @Test
    void questionsAboutWhetherTakeTheEmbeddedQuestion() {
        String t = "The harbour gazette raised questions about whether the ferry board had hidden its losses.";
        assertTriple(t, "The harbour gazette", "raised questions about",
                "whether the ferry board had hidden its losses");
    }

    @Test
    void aspectVerbOpensTheLightVerbGroup() {
        String t = "Later, the harbour master started raising questions about whether the ferry was safe.";
        assertTriple(t, "the harbour master", "started raising questions about", "whether the ferry was safe");
    }

    @Test
    void gerundLightVerbBorrowsTheClauseSubject() {
        String t = "The ferry captain praised the new pier while raising doubts about its length.";
        assertTriple(t, "The ferry captain", "raising doubts about", "its length");
    }

    @Test
    void purposeInfinitiveAfterUseReportsForTheUser() {
        String t = "The ferry captain used her radio address to call for a longer pier.";
        assertTriple(t, "The ferry captain", "used her radio address to call for", "a longer pier");
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).equals("address")),
                "the possessed noun inside the cue is no report of its own");
    }

    @Test
    void habitualUsedToIsNoPurposeFrame() {
        String t = "The ferry captain used to praise the old pier.";
        assertTrue(extract(t).stream().noneMatch(a -> join(t, a.cue()).startsWith("used")));
    }

    @Test
    void objectOfACausativeIsTheSourceOfTheReportingInfinitive() {
        String t = "The pier closed early, leaving some to question whether the harbour board had been honest.";
        assertTriple(t, "some", "to question", "whether the harbour board had been honest");
        String u = "The long silence has led many islanders to wonder if the mayor would run again.";
        assertTriple(u, "many islanders", "to wonder", "if the mayor would run again");
    }

    @Test
    void permissiveVerbLendsItsObjectToTheReportingInfinitive() {
        String t = "The calm weather allowed the captain to call for a second crossing.";
        assertTriple(t, "the captain", "to call for", "a second crossing");
    }
}
