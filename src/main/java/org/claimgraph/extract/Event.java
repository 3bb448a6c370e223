package org.claimgraph.extract;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.annotate.Span;

/**
 * An event an article reports.
 *
 * @param type          local name of its concept in ontology/event-types.ttl ("Withdrawal")
 * @param trigger       the words that report it ("pull back")
 * @param agent         who does it, null when the text does not say
 * @param participants  other actors involved (not including the agent)
 * @param places        where it happens
 * @param date          when, normalised like statement dates; null when the text gives none
 * @param aboutStatements indices into the article's attributions whose content is about it
 * @param confidence    extractor's confidence in [0, 1]
 */
public record Event(String type, Span trigger, Actor agent, List<Actor> participants, List<Place> places,
                    LocalDate date, List<Integer> aboutStatements, double confidence) {
    public Event {
        participants = List.copyOf(participants);
        places = List.copyOf(places);
        aboutStatements = List.copyOf(aboutStatements);
    }
}
