package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Speech tags after a quotation whose verb reports speech only in that position. */
class SpeechTagVerbsTest {

    @Test
    void aspectVerbAsABareSpeechTag() {
        String t = "\"The plan is a disaster for the orchards,\" Miller started.";
        Attribution a = withCue(t, extract(t), "started");
        assertEquals("Miller", join(t, a.source()));
        assertEquals("\"The plan is a disaster for the orchards,\"", join(t, a.content()));
        String u = "\"We will keep the ferry running,\" the mayor began.";
        Attribution b = withCue(u, extract(u), "began");
        assertEquals("the mayor", join(u, b.source()));
        assertEquals("\"We will keep the ferry running,\"", join(u, b.content()));
    }

    @Test
    void aspectVerbWithAnObjectIsNoSpeechTag() {
        String t = "The mayor started the ferry service in the spring.";
        assertEquals(0, extract(t).stream().filter(a -> join(t, a.cue()).contains("started")).count());
    }

    @Test
    void readOneOrAnotherAfterAQuotation() {
        String t = "\"Save the harbour,\" read one. \"No more ferry cuts,\" read another.";
        Attribution a = withCue(t, extract(t), "read");
        assertEquals("one", join(t, a.source()));
        assertEquals("\"Save the harbour,\"", join(t, a.content()));
        long n = extract(t).stream().filter(x -> join(t, x.cue()).equals("read")).count();
        assertEquals(2, n);
    }

    @Test
    void readOneWithoutAQuotationIsNoCue() {
        String t = "She read one of the reports last night.";
        assertEquals(0, extract(t).stream().filter(a -> join(t, a.cue()).equals("read")).count());
    }

    @Test
    void cryOutSighAndCutInAsBareSpeechTags() {
        String t = "\"Not the ferry!\" the crowd cried out, booing.";
        Attribution a = withCue(t, extract(t), "cried out");
        assertEquals("the crowd", join(t, a.source()));
        assertEquals("\"Not the ferry!\"", join(t, a.content()));
        String u = "\"We lost the vote,\" Miller sighed.";
        assertEquals("\"We lost the vote,\"", join(u, withCue(u, extract(u), "sighed").content()));
        String v = "\"That is wrong,\" Miller cut in.";
        assertEquals("Miller", join(v, withCue(v, extract(v), "cut in").source()));
    }

    @Test
    void cryAndCutInOutsideATagAreNoCue() {
        String t = "The baby cried all night and the power cut in at dawn.";
        assertEquals(0, extract(t).size());
    }
}
