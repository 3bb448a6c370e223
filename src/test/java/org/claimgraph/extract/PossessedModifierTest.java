package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.assertTriple;
import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link NominalPattern}: modifiers between the possessor and the noun cue, and the end of its target. Invented sentences. */
class PossessedModifierTest {

    @Test
    void participleBeforeTheNounIsPartOfTheCue() {
        String t = "Ruiz’s disparaging remarks about the former mayor may have cost the fair its sponsor.";
        assertTriple(t, "Ruiz’s", "disparaging remarks about", "the former mayor");
    }

    @Test
    void gradedAdjectiveBeforeTheNounIsPartOfTheCue() {
        String t = "Ruiz's strikingly personal attacks on Lane are highly unusual.";
        assertTriple(t, "Ruiz's", "strikingly personal attacks on", "Lane");
    }

    @Test
    void targetEndsBeforeASecondPossessedNoun() {
        String t = "His harsh attacks on the ferry company and his promise to build a bridge were about more than roads.";
        assertTriple(t, "His", "harsh attacks on", "the ferry company");
        assertTriple(t, "his", "promise", "to build a bridge");
    }

    @Test
    void commentsTakeTheirTopicAfterOnButNotADay() {
        String t = "The guild was angered by his comments on farmers.";
        assertTriple(t, "his", "comments on", "farmers");
        String u = "The guild was angered by his comments on Monday.";
        assertTrue(extract(u).stream().noneMatch(a -> join(u, a.cue()).equals("comments on")));
    }

    @Test
    void copulaBeforeAThatClauseJoinsTheCue() {
        String t = "The mayor's most surprising claim is that the bridge was never inspected.";
        assertTriple(t, "The mayor's", "most surprising claim is", "that the bridge was never inspected");
    }

    @Test
    void apostropheOnlyPossessiveOfANameEndingInS() {
        String t = "Even before Niels' remarks about the ferry, the council had voted to sell it.";
        assertTriple(t, "Niels'", "remarks about", "the ferry");
    }
}
