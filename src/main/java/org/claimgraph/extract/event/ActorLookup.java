package org.claimgraph.extract.event;

import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.extract.Actor;

/**
 * Resolves a mention to an actor the way the attribution extractor resolves speakers (titles,
 * surnames to full names, capitals to countries), so an event participant and a speaker are
 * the same node. Per article.
 */
@FunctionalInterface
public interface ActorLookup {
    /** The actor {@code mention} (inside {@code sentence}) names, or null. */
    Actor resolve(Span mention, Sentence sentence);
}
