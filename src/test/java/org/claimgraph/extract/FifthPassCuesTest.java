package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Fifth lexicon pass by meaning: political acts that carry a content (nominating) and further
 * families. Invented sentences only.
 */
class FifthPassCuesTest {
    @Test
    void nominatePutsItsObjectForward() {
        String t = "The governor nominated a retired harbour pilot to the port board.";
        Attribution a = withCue(t, extract(t), "nominated");
        assertEquals("The governor", join(t, a.source()));
        assertEquals("a retired harbour pilot to the port board", join(t, a.content()));
    }

    @Test
    void shareAndDisplayReportWhatIsShown() {
        String t = "Striking dockers displayed a banner demanding higher wages.";
        Attribution a = withCue(t, extract(t), "displayed");
        assertEquals("Striking dockers", join(t, a.source()));
        assertEquals("a banner demanding higher wages", join(t, a.content()));
        String u = "The ferry captain shared a photo of the broken gangway.";
        Attribution b = withCue(u, extract(u), "shared");
        assertEquals("The ferry captain", join(u, b.source()));
        assertEquals("a photo of the broken gangway", join(u, b.content()));
    }

    @Test
    void distrustDoubtsItsObject() {
        String t = "Many fishermen distrust the new quota figures.";
        Attribution a = withCue(t, extract(t), "distrust");
        assertEquals("Many fishermen", join(t, a.source()));
        assertEquals("the new quota figures", join(t, a.content()));
    }

    @Test
    void tickOffAndZeroInOnArePhrasalCues() {
        String t = "The candidate ticked off a list of broken promises.";
        Attribution a = withCue(t, extract(t), "ticked off");
        assertEquals("The candidate", join(t, a.source()));
        assertEquals("a list of broken promises", join(t, a.content()));
        String u = "The auditors zeroed in on the missing invoices.";
        Attribution b = withCue(u, extract(u), "zeroed in on");
        assertEquals("The auditors", join(u, b.source()));
        assertEquals("the missing invoices", join(u, b.content()));
    }

    @Test
    void penWritesItsObject() {
        String t = "The retired admiral penned a sharp letter about the naval budget.";
        Attribution a = withCue(t, extract(t), "penned");
        assertEquals("The retired admiral", join(t, a.source()));
        assertEquals("a sharp letter about the naval budget", join(t, a.content()));
    }

    @Test
    void perceiveReportsHowItsObjectIsSeen() {
        String t = "The dock workers perceived the offer as an insult.";
        Attribution a = withCue(t, extract(t), "perceived");
        assertEquals("The dock workers", join(t, a.source()));
        assertEquals("the offer as an insult", join(t, a.content()));
    }

    @Test
    void appointPutsSomeoneInOffice() {
        String t = "The governor appointed a former judge to the ethics board.";
        Attribution a = withCue(t, extract(t), "appointed");
        assertEquals("The governor", join(t, a.source()));
        assertEquals("a former judge to the ethics board", join(t, a.content()));
    }

    @Test
    void vetoRejectsABill() {
        String t = "The mayor vetoed a plan to close the old ferry terminal.";
        Attribution a = withCue(t, extract(t), "vetoed");
        assertEquals("The mayor", join(t, a.source()));
        assertEquals("a plan to close the old ferry terminal", join(t, a.content()));
    }

    @Test
    void possessedMantraOfIsANounCue() {
        String t = "The mayor's mantra of fixing the roads first won her the election.";
        Attribution a = withCue(t, extract(t), "mantra of");
        assertEquals("The mayor's", join(t, a.source()));
        assertEquals("fixing the roads first", join(t, a.content()));
    }
}
