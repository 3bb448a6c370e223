package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words a cue reports when the sentence also has a fronted adjunct or a quotation elsewhere. */
class ContentChoiceTest {

    private static List<String> contentsOf(String t, String cue) {
        return extract(t).stream().filter(a -> join(t, a.cue()).equals(cue)).map(a -> join(t, a.content())).toList();
    }

    @Test
    void frontedAdjunctWithoutAVerbIsNotTheContent() {
        String t = "In a speech at the harbour last spring, the ferry captain said:";
        assertTrue(contentsOf(t, "said").stream().noneMatch(c -> c.startsWith("In a speech")),
                () -> "fronted adjunct taken as content: " + contentsOf(t, "said"));
        String u = "With such a thin lead, the mayor could have requested a second count.";
        assertTrue(contentsOf(u, "could have requested").stream().noneMatch(c -> c.startsWith("With such")),
                () -> "fronted adjunct taken as content: " + contentsOf(u, "could have requested"));
    }

    @Test
    void leadingClauseWithAVerbIsStillTheContent() {
        String t = "The north quay will reopen in June, the harbour master said.";
        assertEquals(List.of("The north quay will reopen in June"), contentsOf(t, "said"));
    }

    @Test
    void subordinateClauseAloneBeforeTheCueIsNotTheContent() {
        String t = "While she says she will not vote for the mayor, the baker applauds his harbour plan.";
        assertEquals(List.of("his harbour plan"), contentsOf(t, "applauds"));
    }

    @Test
    void subordinateThenMainClauseBeforeTheCueIsTheContent() {
        String t = "If the ferries stop in winter, the island will empty, the harbour master said.";
        assertEquals(List.of("If the ferries stop in winter, the island will empty"), contentsOf(t, "said"));
    }

    @Test
    void quotationBeforeTheCueIsTheContentWhenOnlyAnAdjunctFollows() {
        String t = "“The quay is ours,” the mayor asserted to reporters on Tuesday.";
        assertEquals(List.of("“The quay is ours,”"), contentsOf(t, "asserted"));
        String u = "“The quay is ours,” the mayor said on a call set up by the fishermen.";
        assertEquals(List.of("“The quay is ours,”"), contentsOf(u, "said"));
    }

    @Test
    void sourceWithAnAppositionAfterTheLeadingClauseIsNotInTheContent() {
        String t = "Boats are the lifeblood of the island, Ann Berg, the former mayor of the town, said.";
        assertEquals(List.of("Boats are the lifeblood of the island"), contentsOf(t, "said"));
        String u = "Boats are the lifeblood of the island, Ann Berg, the former mayor, said on Tuesday.";
        assertEquals(List.of("Boats are the lifeblood of the island"), contentsOf(u, "said"));
    }

    @Test
    void quotedProgrammeNameAfterTheCueIsPartOfTheAdjunct() {
        String t = "The ferries will stop in winter, the harbour master said Wednesday morning on NRK’s"
                + " “Morning Tide.”";
        assertEquals(List.of("The ferries will stop in winter"), contentsOf(t, "said"));
        String u = "The ferries will stop in winter, the mayor said on “Meet the Islanders.”";
        assertEquals(List.of("The ferries will stop in winter"), contentsOf(u, "said"));
    }

    @Test
    void secondPredicateOfTheSourceEndsTheContent() {
        String t = "The skipper denied the charges and accused the mayor of lying.";
        assertEquals(List.of("the charges"), contentsOf(t, "denied"));
        String u = "The skipper said she regretted her remarks and promised to stay out of the dispute.";
        assertEquals(List.of("she regretted her remarks"), contentsOf(u, "said"));
        String v = "The skipper said the plan failed and cost the town millions.";
        assertEquals(List.of("the plan failed and cost the town millions"), contentsOf(v, "said"));
    }
}
