package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reporting verbs the taggers or the lexicon used to miss, one invented sentence each. */
class ReportingVerbRecallTest {

    @Test
    void reportingVerbTaggedAsNounIsStillACue() {
        // the universal tagger calls "notes" a noun here; its treebank tag says VBZ
        String t = "Pavel Ostrov, a veteran farm economist, notes that rain in May is enough to save the harvest.";
        Attribution a = withCue(t, extract(t), "notes");
        assertEquals("Pavel Ostrov, a veteran farm economist", join(t, a.source()));
        assertEquals("that rain in May is enough to save the harvest", join(t, a.content()));
    }

    @Test
    void openingParticipleTaggedAsNounIsStillACue() {
        // "Noting" opens the sentence with a noun tag; the main clause's subject is its source
        String t = "Noting that the ferry was late twice, Lena Varga said the contract should be reviewed.";
        Attribution a = withCue(t, extract(t), "Noting");
        assertEquals("Lena Varga", join(t, a.source()));
        assertEquals("that the ferry was late twice", join(t, a.content()));
    }

    @Test
    void attitudeVerbsTakeTheirObjectAsContent() {
        String t = "Councillor Ada Brenner echoed the warning, saying the river could flood again in spring.";
        Attribution a = withCue(t, extract(t), "echoed");
        assertEquals("Councillor Ada Brenner", join(t, a.source()));
        assertEquals("the warning", join(t, a.content()));
        String u = "Mayor Ilse Kranz bemoaned the lack of buses in the northern districts.";
        assertEquals("the lack of buses in the northern districts", join(u, withCue(u, extract(u), "bemoaned").content()));
    }

    @Test
    void recountTakesAClause() {
        String t = "Retired teacher Omar Silva recounted how the school had flooded twice in one winter.";
        Attribution a = withCue(t, extract(t), "recounted");
        assertEquals("Retired teacher Omar Silva", join(t, a.source()));
        assertEquals("how the school had flooded twice in one winter", join(t, a.content()));
    }

    @Test
    void phrasalAttitudeVerbs() {
        String t = "Senator Ruth Amsel went after the governor over the delayed school budget.";
        Attribution a = withCue(t, extract(t), "went after");
        assertEquals("Senator Ruth Amsel", join(t, a.source()));
        assertEquals("the governor over the delayed school budget", join(t, a.content()));
        String u = "The minister brushed off the criticism from the farmers' union.";
        assertEquals("the criticism from the farmers' union", join(u, withCue(u, extract(u), "brushed off").content()));
    }

    @Test
    void irregularPastFormsTheLemmatiserLeavesAlone() {
        // the lemmatiser gives "shot" and "swore" as their own lemmas
        String t = "The director shot back that the budget had never been cut.";
        Attribution a = withCue(t, extract(t), "shot back");
        assertEquals("The director", join(t, a.source()));
        assertEquals("that the budget had never been cut", join(t, a.content()));
        String u = "Deputy Lars Aaby swore that the files had never left the office.";
        assertEquals("that the files had never left the office", join(u, withCue(u, extract(u), "swore").content()));
        Lexicon lexicon = new Lexicon();
        assertEquals("shoot", lexicon.cueLemma("shot", "shot"));
        assertEquals("swear", lexicon.cueLemma("swore", "Swore"));
    }

    @Test
    void layOutAndApologizeFor() {
        String t = "Minister Oda Falk laid out her plan for the northern rail line.";
        Attribution a = withCue(t, extract(t), "laid out");
        assertEquals("Minister Oda Falk", join(t, a.source()));
        assertEquals("her plan for the northern rail line", join(t, a.content()));
        String u = "The coach apologized for the remarks he made after the final.";
        assertEquals("the remarks he made after the final", join(u, withCue(u, extract(u), "apologized for").content()));
    }

    @Test
    void preachTakesAClause() {
        String t = "Pastor Elin Moe preached that patience would be rewarded in the end.";
        Attribution a = withCue(t, extract(t), "preached");
        assertEquals("Pastor Elin Moe", join(t, a.source()));
        assertEquals("that patience would be rewarded in the end", join(t, a.content()));
    }
}
