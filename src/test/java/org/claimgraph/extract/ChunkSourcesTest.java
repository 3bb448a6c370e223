package org.claimgraph.extract;

import static org.claimgraph.extract.Texts.extract;
import static org.claimgraph.extract.Texts.join;
import static org.claimgraph.extract.Texts.withCue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Sources found from the annotator's phrase chunks, each form on a hand-written sentence. */
class ChunkSourcesTest {

    private static String source(String text, String cue) {
        return join(text, withCue(text, extract(text), cue).source());
    }

    private static String speaker(String text, String cue) {
        return withCue(text, extract(text), cue).speaker().name();
    }

    @Test
    void titleWithAMistaggedAdjectiveHead() {
        String t = "A senior Danish ministry official said on Friday that the ferry deal was signed.";
        assertEquals("A senior Danish ministry official", source(t, "said"));
    }

    @Test
    void surnameThatIsAlsoAVerb() {
        String t = "Hope said the harbour would reopen in May.";
        assertEquals("Hope", source(t, "said"));
    }

    @Test
    void nounPhraseWithPrepositionalChain() {
        String t = "The chairman of the harbour committee said the quay was unsafe.";
        assertEquals("The chairman of the harbour committee", source(t, "said"));
        String u = "Many in the crowd said the mayor had left early.";
        assertEquals("Many in the crowd", source(u, "said"));
    }

    @Test
    void reducedRelativeAndAdjectivePostModifiers() {
        String t = "People briefed on the talks say that the ferry company will sell two ships.";
        assertEquals("People briefed on the talks", source(t, "say"));
        String u = "A source familiar with the plans said the quay would close.";
        assertEquals("A source familiar with the plans", source(u, "said"));
    }

    @Test
    void dateAfterTheSubjectStaysOut() {
        String t = "Mayor Ida Brandt on Friday said the quay would close.";
        assertEquals("Mayor Ida Brandt", source(t, "said"));
        String u = "Ida Brandt in a statement said the quay would close.";
        assertEquals("Ida Brandt", source(u, "said"));
    }

    @Test
    void ageAndHometownAppositives() {
        String t = "Tove Lund, 34, of Aarhus, Denmark, said she would vote for the ferry plan.";
        assertEquals("Tove Lund, 34, of Aarhus, Denmark", source(t, "said"));
        assertEquals("Tove Lund", speaker(t, "said"));
    }

    @Test
    void nounAppositiveWithRelativeClauseInside() {
        String t = "Olaf Berg, a harbour pilot who has worked the strait for years and now runs a school, said the channel was too shallow.";
        assertEquals("Olaf Berg, a harbour pilot who has worked the strait for years and now runs a school", source(t, "said"));
        assertEquals("Olaf Berg", speaker(t, "said"));
    }

    @Test
    void nameAfterATitleAppositiveIsTheSpeaker() {
        String t = "The union's regional chairman, Per Holm, said the strike would go on.";
        assertEquals("The union's regional chairman, Per Holm", source(t, "said"));
        assertEquals("Per Holm", speaker(t, "said"));
    }

    @Test
    void relativeClauseWithCommasBeforeADateAdverb() {
        String t = "Holm, who backed the pilots, the dockers and the drivers during the strike, last week said the deal was fair.";
        assertEquals("Holm, who backed the pilots, the dockers and the drivers during the strike", source(t, "said"));
    }

    @Test
    void trailingAdjunctIsNotPartOfTheSource() {
        String t = "Ida Brandt, by contrast, wrote that the quay should stay open.";
        assertEquals("Ida Brandt", source(t, "wrote"));
        String u = "Earlier this week, Ida Brandt, who chairs the board, conceded the plan had failed.";
        assertEquals("Ida Brandt, who chairs the board", source(u, "conceded"));
    }

    @Test
    void coordinatedSubjectsWithParenthesis() {
        String t = "Sen. Ann Lee (D-Maine) and former governor Tom Reed suggested that the bridge was too costly.";
        assertEquals("Sen. Ann Lee (D-Maine) and former governor Tom Reed", source(t, "suggested"));
    }

    @Test
    void invertedSourceWithRestrictiveRelativeClause() {
        String t = "\"The channel is too shallow,\" said the pilot who guided the first ferry through it.";
        assertEquals("the pilot who guided the first ferry through it", source(t, "said"));
    }

    @Test
    void hyphenatedWordsStayInsideTheSource() {
        String t = "The long-time front-runner said the race was over.";
        assertEquals("The long-time front-runner", source(t, "said"));
        String u = "About four in 10 said they would not vote.";
        assertEquals("About four in 10", source(u, "said"));
    }

    @Test
    void possessorAtTheSentenceStartAndInitialsInsideANameStayInTheSource() {
        String t = "Lund's advisers said the ferry plan was dead.";
        assertEquals("Lund's advisers", source(t, "said"));
        String u = "Deputy Mayor Karen T. Holm Jr. said the quay would reopen.";
        assertEquals("Deputy Mayor Karen T. Holm Jr.", source(u, "said"));
    }

    @Test
    void accordingToKeepsAParticipleAfterTheSourceButNotAsTheSpeaker() {
        String t = "Ferry traffic fell by half, according to a harbour survey released Monday.";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals("a harbour survey released Monday", join(t, a.source()));
        org.junit.jupiter.api.Assertions.assertNotEquals("Monday", a.speaker() == null ? null : a.speaker().name());
    }

    @Test
    void accordingToASourceWhoseModifierIsTaggedAsAVerb() {
        // the taggers read "exit" as a verb or pronoun, which no noun-phrase rule takes
        String t = "Farmers made up just 40 percent of the voters in 2014, according to exit polls.";
        Attribution a = withCue(t, extract(t), "according to");
        assertEquals("exit polls", join(t, a.source()));
        assertEquals("Farmers made up just 40 percent of the voters in 2014", join(t, a.content()));
    }

    @Test
    void partitiveWithAdjectiveHeadAndNumericAppositive() {
        String t = "A third of the pilots, 40 in all, say they will strike.";
        assertEquals("A third of the pilots, 40 in all", source(t, "say"));
    }

    @Test
    void invertedAppositiveStopsAtAClauseAboutTheSaying() {
        String t = "\"The quay is safe,\" said Tove Lund, 67, of Aarhus, referring to the inspection last spring.";
        assertEquals("Tove Lund, 67, of Aarhus", source(t, "said"));
    }

    @Test
    void upperCaseCountryAbbreviationIsNotThePronounUs() {
        String t = "US Secretary of Transport Ida Brandt said the bridge would open in May.";
        assertEquals("US Secretary of Transport Ida Brandt", source(t, "said"));
        org.junit.jupiter.api.Assertions.assertTrue(speaker(t, "said").endsWith("Ida Brandt"));
    }

    @Test
    void documentWithADatedParticipleBeforeTheCue() {
        String t = "A court filing released Monday says that the mayor will not be charged.";
        assertEquals("A court filing released Monday", source(t, "says"));
        String u = "A report published on Wednesday said the minister used a private email account.";
        assertEquals("A report published on Wednesday", source(u, "said"));
    }

    @Test
    void closeToChunkedAsAnAdverbPhraseBeforeAFinalSpeechTag() {
        String t = "The ferry budget will be cut, aides close to the mayor said.";
        assertEquals("aides close to the mayor", source(t, "said"));
    }
}
