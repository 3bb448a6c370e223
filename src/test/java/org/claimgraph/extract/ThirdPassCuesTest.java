package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Third lexicon pass by meaning: quoting, dismissing and strong attitude, ruling, exposing and
 * documenting, advocating. Invented sentences only.
 */
class ThirdPassCuesTest {
    @Test
    void quoteReportsWhoIsQuotedWithTheQuotation() {
        String t = "The harbour newsletter quoted the mayor as saying the quay would close in May.";
        Attribution a = withCue(t, extract(t), "quoted");
        assertEquals("The harbour newsletter", join(t, a.source()));
        assertEquals("the mayor as saying the quay would close in May", join(t, a.content()));
    }

    @Test
    void ignoreAndHateReportTheirObject() {
        String t = "Ferry captains have ignored the new speed limits.";
        Attribution a = withCue(t, extract(t), "have ignored");
        assertEquals("Ferry captains", join(t, a.source()));
        assertEquals("the new speed limits", join(t, a.content()));
        String u = "Many islanders hate the new toll on the bridge.";
        Attribution b = withCue(u, extract(u), "hate");
        assertEquals("Many islanders", join(u, b.source()));
        assertEquals("the new toll on the bridge", join(u, b.content()));
    }

    @Test
    void ruleTakesAThatClause() {
        String t = "The judge ruled that the harbour levy was unlawful.";
        Attribution a = withCue(t, extract(t), "ruled");
        assertEquals("The judge", join(t, a.source()));
        assertEquals("that the harbour levy was unlawful", join(t, a.content()));
    }

    @Test
    void exposeAndDocumentPresentTheirObject() {
        String t = "The report exposed the failures of the port authority.";
        Attribution a = withCue(t, extract(t), "exposed");
        assertEquals("The report", join(t, a.source()));
        assertEquals("the failures of the port authority", join(t, a.content()));
        String u = "The survey documented a sharp fall in ferry bookings.";
        Attribution b = withCue(u, extract(u), "documented");
        assertEquals("The survey", join(u, b.source()));
        assertEquals("a sharp fall in ferry bookings", join(u, b.content()));
    }

    @Test
    void advocateWithAndWithoutFor() {
        String t = "The pilots' union has long advocated shorter shifts.";
        Attribution a = withCue(t, extract(t), "has long advocated");
        assertEquals("The pilots' union", join(t, a.source()));
        assertEquals("shorter shifts", join(t, a.content()));
        String u = "The fishermen advocated for a smaller quota.";
        Attribution b = withCue(u, extract(u), "advocated for");
        assertEquals("The fishermen", join(u, b.source()));
        assertEquals("a smaller quota", join(u, b.content()));
    }

    @Test
    void promoteReportsWhatIsPromoted() {
        String t = "The tourism board has promoted the island as a quiet retreat.";
        Attribution a = withCue(t, extract(t), "has promoted");
        assertEquals("The tourism board", join(t, a.source()));
        assertEquals("the island as a quiet retreat", join(t, a.content()));
    }

    @Test
    void loveAndCherishReportTheirObject() {
        String t = "Most ferry passengers love the new evening service.";
        Attribution a = withCue(t, extract(t), "love");
        assertEquals("Most ferry passengers", join(t, a.source()));
        assertEquals("the new evening service", join(t, a.content()));
        String u = "The old pilots cherish the harbour traditions.";
        assertEquals("the harbour traditions", join(u, withCue(u, extract(u), "cherish").content()));
    }

    @Test
    void illustratePresentsItsObject() {
        String t = "The delays illustrate the weakness of the timetable.";
        Attribution a = withCue(t, extract(t), "illustrate");
        assertEquals("The delays", join(t, a.source()));
        assertEquals("the weakness of the timetable", join(t, a.content()));
    }

    @Test
    void renounceReportsWhatIsGivenUp() {
        String t = "The council renounced its plan for a second bridge.";
        Attribution a = withCue(t, extract(t), "renounced");
        assertEquals("The council", join(t, a.source()));
        assertEquals("its plan for a second bridge", join(t, a.content()));
    }

    @Test
    void possessedRefusalAndAdviceTakeTheirInfinitive() {
        String t = "The fishermen were angered by the mayor's refusal to meet them.";
        Attribution a = withCue(t, extract(t), "refusal");
        assertEquals("the mayor's", join(t, a.source()));
        assertEquals("to meet them", join(t, a.content()));
        String u = "The captains followed the harbour master's advice to stay in port.";
        Attribution b = withCue(u, extract(u), "advice");
        assertEquals("the harbour master's", join(u, b.source()));
        assertEquals("to stay in port", join(u, b.content()));
    }
}
