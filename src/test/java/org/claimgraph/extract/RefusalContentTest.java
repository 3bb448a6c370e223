package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;

import org.junit.jupiter.api.Test;

/**
 * A refusal or non-answer after a paragraph-closing quotation ("X declined to comment.", "X did
 * not respond to a request for comment.") reports its own complement, not that quotation.
 * Hand-written sentences only.
 */
class RefusalContentTest {

    @Test
    void declinedToCommentAfterAQuotationKeepsItsInfinitive() {
        String t = "\u201cThis plan is a disaster for every farmer in the valley.\u201d\n\n"
                + "The ministry, a large agency which keeps records on every farm, declined to comment.";
        Attribution a = withCue(t, extract(t), "declined");
        assertEquals("to comment", join(t, a.content()));
    }

    @Test
    void noResponseAfterAQuotationKeepsTheRequest() {
        String t = "\u201cNobody in this town wants another parking garage.\u201d\n\n"
                + "A lawyer for the mayor did not respond to a request for comment.";
        Attribution a = withCue(t, extract(t), "did not respond to");
        assertEquals("A lawyer for the mayor", join(t, a.source()));
        assertEquals("a request for comment", join(t, a.content()));
    }

    @Test
    void noResponseToSeveralQuestionsKeepsThem() {
        String t = "\u201cThe ferry will run twice a day from June.\u201d\n\n"
                + "The ferry company did not respond to several questions about the timetable.";
        Attribution a = withCue(t, extract(t), "did not respond to");
        assertEquals("several questions about the timetable", join(t, a.content()));
    }

    @Test
    void plainTagAfterAQuotationStillTakesIt() {
        String t = "\u201cNobody in this town wants another parking garage.\u201d\n\n"
                + "The mayor said on Tuesday.";
        Attribution a = withCue(t, extract(t), "said");
        assertEquals("\u201cNobody in this town wants another parking garage.\u201d", join(t, a.content()));
    }
}
