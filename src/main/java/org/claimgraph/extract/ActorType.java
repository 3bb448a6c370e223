package org.claimgraph.extract;

/** The kinds of speaker the ontology distinguishes. */
public enum ActorType {
    PERSON, ORGANIZATION, COUNTRY, UNNAMED_GROUP
}
