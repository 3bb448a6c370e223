package org.claimgraph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.DateResolver;
import org.claimgraph.extract.Event;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.extract.Place;
import org.claimgraph.extract.SpeakerResolver;
import org.claimgraph.extract.mention.MentionFinder;

/**
 * Finds the events an article reports, precision first. A trigger word from the
 * {@link TriggerLexicon} opens a candidate; its clause (the statement content it sits in, or the
 * narrative outside any content, cut at subordinators) supplies the agent (the subject of a verb
 * trigger, the possessor, "by"/"from" phrase or light-verb subject of a noun trigger), other
 * participants (actor mentions in the clause), places (toponyms attached to the trigger) and a
 * date (a date expression in the clause, never the statement's date). Negated triggers are
 * dropped. A definite or bare mention of an event type already reported in the article ("the
 * talks", "the strike") is the same event when nothing contradicts it; a mention that carries
 * no participant, place or date only counts as such a reference. A statement is about every
 * event with a trigger inside its content.
 *
 * <p>Thread-safe: all per-article state lives in a {@code Run}.
 */
public final class EventFinder {
    /** Words that negate or counter a trigger a few tokens before it ("not withdrawing", "than a retreat"). */
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without", "than");
    /** Words that open a new clause: the trigger's arguments do not cross them. */
    private static final Set<String> BOUNDARY_WORDS = Set.of("which", "who", "whom", "whose", "where", "when",
            "since", "after", "before", "while", "because", "although", "though", "whereas", "until", "unless",
            "once", "whatever", "that", "if", "whether");
    private static final Set<String> BOUNDARY_PUNCT = Set.of(";", ":", "—", "–", "(", ")");
    /** Prepositions that end a trigger's place window: what follows is another occasion. */
    private static final Set<String> WINDOW_STOPS = Set.of("after", "before", "since", "during", "amid", "following",
            "until", "despite", "as", "than");
    /** Before a toponym these make it a location, not an actor ("near Kyiv", "in Ukraine"). */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "around", "across", "into", "from", "within",
            "inside", "throughout", "outside", "at", "towards", "toward", "of", "to", "along");
    /** Nouns that make "Russian ___" / "Ukrainian and Russian ___" stand for the country as a party. */
    private static final Set<String> GROUP_NOUNS = Set.of("force", "forces", "troop", "troops", "military", "army",
            "unit", "soldier", "negotiator", "delegation", "official", "leader", "diplomat", "government",
            "authority", "authorities", "helicopter", "jet", "aircraft", "warplane", "drone", "navy", "artillery");
    /** Verbs whose subject is also the subject of their "to" infinitive ("preparing to meet"). */
    private static final Set<String> CONTROL_VERBS = Set.of("prepare", "plan", "promise", "pledge", "vow",
            "threaten", "intend", "agree", "decide", "refuse", "want", "seek", "try", "continue", "begin", "start",
            "hope", "aim", "choose", "offer", "attempt", "move");
    /** Nouns whose possessor is the subject of their "to" infinitive ("Russia's promise to pull back"). */
    private static final Set<String> CONTROL_NOUNS = Set.of("promise", "pledge", "plan", "decision", "vow",
            "threat", "attempt", "bid", "offer", "intention", "commitment");
    /** Verbs that turn an event noun into an action of their subject ("imposed sanctions", "held talks"). */
    private static final Set<String> LIGHT_VERBS = Set.of("impose", "hold", "launch", "carry", "conduct", "announce",
            "adopt", "make", "resume", "begin", "start", "continue", "observe", "sign", "reach", "order", "stage",
            "mount", "keep", "step", "host", "extend", "tighten", "break", "declare", "agree", "give");
    private static final Set<String> NP_TAGS = Set.of("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ");
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my", "your");
    private static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "this", "that", "these", "those", "its",
            "their", "his", "her", "our", "such");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "whether");
    /** Nouns after a toponym that make it a place name ("the Kyiv region"). */
    private static final Set<String> PLACE_NOUNS = Set.of("region", "oblast", "province", "city", "area", "district",
            "suburb", "outskirts", "border", "front");
    /** Verbs tagged as such but working as auxiliaries before a participle ("had shelled"). */
    private static final Set<String> AUXILIARY_LEMMAS = Set.of("have", "be", "do", "will", "would", "can", "could",
            "may", "might", "shall", "should", "must");
    /** Types whose coordinated subject names parties on an equal footing ("Russian and Ukrainian negotiators met"). */
    private static final Set<String> SYMMETRIC = Set.of("Talks", "Agreement");

    private final TriggerLexicon lexicon;
    private final Gazetteer gazetteer;
    private final DateResolver dates = new DateResolver();

    public EventFinder(TriggerLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /**
     * The events of one article, in text order.
     *
     * @param attributions the article's attributions, in the order their statements are numbered
     *                     ({@link Event#aboutStatements()} indexes into this list)
     */
    public List<Event> find(AnnotatedText doc, LocalDate published, List<Attribution> attributions,
                            ActorLookup actors) {
        return new Run(doc, published, attributions, actors).find();
    }

    /** An actor mention: tokens {@code [from, to)} of a sentence; locative ones are places, not parties. */
    private record Mention(int from, int to, List<Actor> actors, boolean locative) {}

    /** An event being built; later coreferent mentions add statement links and missing details. */
    private static final class Draft {
        final String type;
        final Span trigger;
        final Span clause;
        Actor agent;
        final Map<String, Actor> participants = new LinkedHashMap<>();
        final Map<String, Place> places = new LinkedHashMap<>();
        LocalDate date;
        final TreeSet<Integer> about = new TreeSet<>();
        double confidence;

        Draft(String type, Span trigger, Span clause) {
            this.type = type;
            this.trigger = trigger;
            this.clause = clause;
        }

        boolean bare() {
            return agent == null && participants.isEmpty() && places.isEmpty() && date == null;
        }

        Event toEvent() {
            List<Actor> others = new ArrayList<>(participants.values());
            if (agent != null) {
                others.removeIf(a -> a.name().equals(agent.name()));
            }
            return new Event(type, trigger, agent, others, new ArrayList<>(places.values()), date,
                    new ArrayList<>(about), confidence);
        }
    }

    private final class Run {
        private final AnnotatedText doc;
        private final LocalDate published;
        private final List<Attribution> attributions;
        private final ActorLookup actors;
        private final Set<String> speakers = new HashSet<>();
        private final List<Draft> drafts = new ArrayList<>();

        Run(AnnotatedText doc, LocalDate published, List<Attribution> attributions, ActorLookup actors) {
            this.doc = doc;
            this.published = published;
            this.attributions = attributions;
            this.actors = actors;
            for (Attribution a : attributions) {
                if (a.speaker() != null) {
                    speakers.add(a.speaker().name());
                }
            }
        }

        List<Event> find() {
            for (Sentence s : doc.sentences()) {
                List<Mention> mentions = null;
                int i = 0;
                while (i < s.size()) {
                    if (!lexicon.mayStart(s.token(i))) {
                        i++;
                        continue;
                    }
                    int[] clause = clause(s, i);
                    TriggerLexicon.Match m = lexicon.match(s, i, clause[0], clause[1]);
                    if (m == null || insideCue(s, m) || negated(s, m, clause[0])) {
                        i++;
                        continue;
                    }
                    if (mentions == null) {
                        mentions = mentions(s);
                    }
                    mention(s, m, clause, mentions);
                    i = m.to();
                }
            }
            List<Event> out = new ArrayList<>();
            for (Draft d : drafts) {
                out.add(d.toEvent());
            }
            out.sort((a, b) -> a.trigger().compareTo(b.trigger()));
            return out;
        }

        /** One trigger occurrence: a new event, or a further mention of an earlier one. */
        private void mention(Sentence s, TriggerLexicon.Match m, int[] clause, List<Mention> mentions) {
            if (clause[0] > 0 && HYPOTHETICAL.contains(s.token(clause[0] - 1).text().toLowerCase(Locale.ROOT))) {
                return; // "if it were attacked": a condition, not a reported event
            }
            String type = m.entry().type();
            Span trigger = new Span(s.token(m.from()).begin(), s.token(m.to() - 1).end());
            Span clauseSpan = new Span(s.token(clause[0]).begin(), s.token(clause[1] - 1).end());
            Draft d = new Draft(type, trigger, clauseSpan);
            // A verb, or a word the tagger took for a noun after infinitival "to" ("to scale back").
            boolean verb = s.token(m.head()).is("VERB") || m.entry().pos() != TriggerLexicon.Pos.NOUN && m.from() > 0
                    && s.token(m.from() - 1).text().equalsIgnoreCase("to");
            List<Actor> agents = new ArrayList<>();
            List<Actor> patients = new ArrayList<>();
            Mention agentMention = verb ? verbArguments(s, m, clause, mentions, agents, patients)
                    : nounAgent(s, m, clause, mentions, agents);
            if (agents.size() > 1 && SYMMETRIC.contains(type)) {
                agents.forEach(a -> d.participants.putIfAbsent(a.name(), a));
            } else if (!agents.isEmpty()) {
                d.agent = agents.get(0);
                agents.forEach(a -> d.participants.putIfAbsent(a.name(), a));
            }
            patients.forEach(a -> d.participants.putIfAbsent(a.name(), a));
            int windowEnd = windowEnd(s, m, clause, verb);
            for (Mention x : mentions) {
                // Objects and prepositional parties after the trigger ("sanctions against Russia").
                if (!x.locative() && x.from() >= m.to() && x.to() <= windowEnd && !overlaps(x, agentMention)) {
                    x.actors().forEach(a -> d.participants.putIfAbsent(a.name(), a));
                }
            }
            for (int[] w : placeWindows(s, m, clause, verb, windowEnd)) {
                for (Place p : places(s, w[0], w[1], agentMention)) {
                    boolean party = p.kind().equals("country") && d.participants.containsKey(p.name());
                    if (!party) {
                        d.places.putIfAbsent(p.name(), p);
                    }
                }
            }
            d.date = date(s, trigger, clauseSpan);
            d.confidence = Math.min(0.9, (verb ? 0.7 : 0.6) + (d.agent != null ? 0.1 : 0.0));
            for (int k = 0; k < attributions.size(); k++) {
                int index = k;
                if (attributions.get(k).content().stream().anyMatch(c -> c.contains(trigger))) {
                    d.about.add(index);
                }
            }
            Draft earlier = earlier(d, !verb && anaphoric(s, m));
            if (earlier != null) {
                mergeInto(earlier, d);
            } else if (!d.bare()) {
                drafts.add(d);
            }
        }

        /**
         * The event a new mention refers back to: the latest of the same type that it does not
         * contradict, when the mention is bare, definite, or in the same clause; else null.
         */
        private Draft earlier(Draft d, boolean anaphoric) {
            for (int k = drafts.size() - 1; k >= 0; k--) {
                Draft e = drafts.get(k);
                if (!e.type.equals(d.type)) {
                    continue;
                }
                boolean sameClause = e.clause.equals(d.clause);
                // A mention that dates itself while its antecedent has no date is another occasion
                // ("its attacks" … "the invasion began on February 24").
                boolean newlyDated = d.date != null && e.date == null && !sameClause;
                if (d.bare() || (anaphoric && !newlyDated || sameClause) && compatible(e, d)) {
                    return e;
                }
                return null; // only the latest event of the type is a candidate antecedent
            }
            return null;
        }

        private boolean compatible(Draft a, Draft b) {
            if (a.date != null && b.date != null && !a.date.equals(b.date)) {
                return false;
            }
            if (a.agent != null && b.agent != null && !a.agent.name().equals(b.agent.name())) {
                return false;
            }
            if (a.places.isEmpty() || b.places.isEmpty()) {
                return true;
            }
            for (Place p : a.places.values()) {
                for (Place q : b.places.values()) {
                    if (p.name().equals(q.name()) || p.name().equals(q.country()) || q.name().equals(p.country())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void mergeInto(Draft e, Draft d) {
            e.about.addAll(d.about);
            if (e.agent == null && d.agent != null) {
                e.agent = d.agent;
            }
            d.participants.forEach(e.participants::putIfAbsent);
            d.places.forEach(e.places::putIfAbsent);
            if (e.date == null) {
                e.date = d.date;
            }
            e.confidence = Math.max(e.confidence, d.confidence);
        }

        // ---- clause, negation, cue overlap

        /** Content span that holds token {@code k}'s text, or null when it is narrative. */
        private Span contentOf(Token t) {
            for (Attribution a : attributions) {
                for (Span c : a.content()) {
                    if (c.contains(t.span())) {
                        return c;
                    }
                }
            }
            return null;
        }

        /** Token range {@code [lo, hi)} of the clause around token {@code i}. */
        private int[] clause(Sentence s, int i) {
            Span region = contentOf(s.token(i));
            int lo = i;
            while (lo - 1 >= 0 && sameRegion(s.token(lo - 1), region) && !boundary(s.token(lo - 1))) {
                lo--;
            }
            int hi = i + 1;
            while (hi < s.size() && sameRegion(s.token(hi), region) && !boundary(s.token(hi))) {
                hi++;
            }
            return new int[] {lo, hi};
        }

        private boolean sameRegion(Token t, Span region) {
            Span other = contentOf(t);
            return region == null ? other == null : region.equals(other);
        }

        private boolean boundary(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            return BOUNDARY_PUNCT.contains(w) || t.is("SCONJ") || BOUNDARY_WORDS.contains(w);
        }

        private boolean insideCue(Sentence s, TriggerLexicon.Match m) {
            Span span = new Span(s.token(m.from()).begin(), s.token(m.to() - 1).end());
            for (Attribution a : attributions) {
                for (Span c : a.cue()) {
                    if (c.overlaps(span)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean negated(Sentence s, TriggerLexicon.Match m, int lo) {
            for (int k = Math.max(lo, m.from() - 3); k < m.from(); k++) {
                Token t = s.token(k);
                if (NEGATORS.contains(t.lemma()) || NEGATORS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** A noun trigger that refers back: a definite or possessive determiner, or a bare plural ("talks"). */
        private boolean anaphoric(Sentence s, TriggerLexicon.Match m) {
            int k = m.from() - 1;
            while (k >= 0 && (s.token(k).is("ADJ") || s.token(k).is("NOUN") || s.token(k).is("PROPN")
                    || s.token(k).is("NUM") || s.token(k).is("VERB") && s.token(k).text().endsWith("ed"))) {
                k--;
            }
            if (k < 0) {
                return true;
            }
            Token t = s.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (ANAPHORIC_DETERMINERS.contains(w) || w.equals("'s") || w.equals("’s")) {
                return true;
            }
            Token head = s.token(m.head());
            return !t.is("DET") && !head.text().toLowerCase(Locale.ROOT).equals(head.lemma());
        }

        // ---- participants

        /** Subject (agent) and, for a passive, the subject as patient and the "by" phrase as agent. */
        private Mention verbArguments(Sentence s, TriggerLexicon.Match m, int[] clause, List<Mention> mentions,
                                      List<Actor> agents, List<Actor> patients) {
            Subject subj = subjectOf(s, m.from(), clause[0], mentions);
            Token trigger = s.token(m.from());
            boolean participle = !trigger.text().toLowerCase(Locale.ROOT).endsWith("ing")
                    && !trigger.text().toLowerCase(Locale.ROOT).equals(trigger.lemma());
            if (subj.passive() && participle) {
                if (subj.mention() != null) {
                    patients.addAll(subj.mention().actors());
                }
                int by = m.to();
                if (by < clause[1] && s.token(by).text().equalsIgnoreCase("by")) {
                    Mention agent = mentionStartingNear(s, mentions, by + 1);
                    if (agent != null && !agent.locative()) {
                        agents.addAll(agent.actors());
                        return agent;
                    }
                }
                return subj.mention();
            }
            if (subj.mention() != null) {
                agents.addAll(subj.mention().actors());
            }
            return subj.mention();
        }

        private record Subject(Mention mention, boolean passive) {}

        /** The subject of the verb at {@code v}: the noun phrase before it, across auxiliaries and control verbs. */
        private Subject subjectOf(Sentence s, int v, int lo, List<Mention> mentions) {
            int p = v - 1;
            boolean passive = false;
            boolean adjacent = true;
            while (p >= lo) {
                Token t = s.token(p);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (t.is("AUX") || t.is("VERB") && AUXILIARY_LEMMAS.contains(t.lemma()) && p == v - 1) {
                    if (adjacent && (t.lemma().equals("be") || t.lemma().equals("get"))) {
                        passive = true;
                    }
                    adjacent = false;
                    p--;
                } else if (t.is("ADV") || t.is("PART") && !w.equals("to") && !w.equals("'s") && !w.equals("’s")) {
                    p--;
                } else if (w.equals("to") && (t.is("PART") || t.is("ADP"))) {
                    int q = p - 1;
                    if (q < lo) {
                        return new Subject(null, passive);
                    }
                    Token c = s.token(q);
                    if (c.is("VERB") && CONTROL_VERBS.contains(c.lemma())) {
                        return new Subject(subjectOf(s, q, lo, mentions).mention(), passive);
                    }
                    if ((c.is("NOUN") || c.is("PROPN")) && CONTROL_NOUNS.contains(c.lemma())) {
                        return new Subject(possessor(s, q, lo, mentions), passive);
                    }
                    Mention from = mentionContaining(mentions, q);
                    if (from != null && from.from() >= 2 && s.token(from.from() - 1).text().equalsIgnoreCase("from")
                            && CONTROL_NOUNS.contains(s.token(from.from() - 2).lemma())) {
                        return new Subject(new Mention(from.from(), from.to(), from.actors(), false), passive);
                    }
                    p = q;
                    break;
                } else {
                    break;
                }
            }
            if (p >= lo && s.token(p).is("PRON") && !POSSESSIVES.contains(s.token(p).text().toLowerCase(Locale.ROOT))) {
                // "it would observe a ceasefire": the pronoun resolves like a speaker pronoun.
                Actor a = actors.resolve(s.token(p).span(), s);
                return new Subject(a == null || a.type() == ActorType.UNNAMED_GROUP ? null
                        : new Mention(p, p + 1, List.of(a), false), passive);
            }
            return new Subject(nounPhraseMention(s, p, lo, mentions), passive);
        }

        /** The actor mention in the noun phrase ending at token {@code p}, scanning left; null when none. */
        private Mention nounPhraseMention(Sentence s, int p, int lo, List<Mention> mentions) {
            if (p < lo) {
                return null;
            }
            int np = p;
            while (np - 1 >= lo && p - np < 8 && npToken(s.token(np - 1))) {
                np--;
            }
            if (!npToken(s.token(p)) && mentionContaining(mentions, p) == null) {
                return null;
            }
            List<Actor> found = new ArrayList<>();
            int from = -1;
            int to = -1;
            for (Mention x : mentions) {
                if (x.from() >= np && x.to() <= p + 1 && !x.locative()) {
                    found.addAll(x.actors());
                    from = from < 0 ? x.from() : Math.min(from, x.from());
                    to = Math.max(to, x.to());
                }
            }
            return found.isEmpty() ? null : new Mention(from, to, distinct(found), false);
        }

        private boolean npToken(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            return NP_TAGS.contains(t.tag()) || t.is("PRON") && POSSESSIVES.contains(w)
                    || w.equals("'s") || w.equals("’s");
        }

        /** "Russia's promise": the mention before the possessive marker in front of token {@code n}. */
        private Mention possessor(Sentence s, int n, int lo, List<Mention> mentions) {
            int k = n - 1;
            while (k >= lo && n - k <= 3 && (s.token(k).is("ADJ") || s.token(k).is("NUM"))) {
                k--;
            }
            if (k >= lo && (s.token(k).text().equals("'s") || s.token(k).text().equals("’s"))) {
                Mention x = mentionContaining(mentions, k - 1);
                return x != null && !x.locative() ? x : null;
            }
            if (k >= lo) {
                Mention x = mentionContaining(mentions, k);
                if (x != null && x.to() == k + 1 && (s.token(k).text().endsWith("'s") || s.token(k).text().endsWith("’s"))) {
                    return x;
                }
            }
            return null;
        }

        /** Agent of a noun trigger: possessor, demonym, "by"/"from" phrase, or the subject of a light verb. */
        private Mention nounAgent(Sentence s, TriggerLexicon.Match m, int[] clause, List<Mention> mentions,
                                  List<Actor> agents) {
            int lo = clause[0];
            Mention x = possessor(s, m.from(), lo, mentions);
            if (x == null && m.from() - 1 >= lo && s.token(m.from() - 1).is("ADJ")) {
                Optional<Place> c = gazetteer.countryOfDemonym(s.token(m.from() - 1).text());
                if (c.isPresent()) {
                    x = new Mention(m.from() - 1, m.from(), List.of(countryActor(c.get())), false); // "the Russian pledge"
                }
            }
            if (x == null && m.from() - 1 >= lo) {
                Mention pre = mentionContaining(mentions, m.from() - 1);
                if (pre != null && pre.to() == m.from() && !pre.locative()
                        && pre.actors().stream().allMatch(a -> a.type() == ActorType.COUNTRY)) {
                    x = pre; // "Russian withdrawal", "Ukrainian strike"
                }
            }
            int after = m.to();
            if (x == null && after < clause[1]) {
                String w = s.token(after).text().toLowerCase(Locale.ROOT);
                if (w.equals("by") || w.equals("from")) {
                    Mention y = mentionStartingNear(s, mentions, after + 1);
                    if (y != null) {
                        x = y; // "attack by Ukrainian units", "a pledge from Moscow": agent even after "from"
                    }
                }
            }
            if (x == null) {
                int v = governingVerb(s, m.from(), lo);
                if (v >= 0) {
                    x = subjectOf(s, v, lo, mentions).mention();
                }
            }
            if (x != null) {
                agents.addAll(x.actors());
            }
            return x;
        }

        /** A light verb taking the noun at {@code n} as object ("have imposed wide sanctions"), or -1. */
        private int governingVerb(Sentence s, int n, int lo) {
            int k = n - 1;
            int steps = 0;
            while (k >= lo && steps++ < 6) {
                Token t = s.token(k);
                String w = t.text().toLowerCase(Locale.ROOT);
                if (t.is("VERB")) {
                    return LIGHT_VERBS.contains(t.lemma()) ? k : -1;
                }
                boolean particle = (w.equals("out") || w.equals("up")) && k - 1 >= lo && s.token(k - 1).is("VERB");
                if (particle) {
                    return LIGHT_VERBS.contains(s.token(k - 1).lemma()) ? k - 1 : -1;
                }
                if (t.is("DET") || t.is("ADJ") || t.is("NUM") || t.is("ADV") || t.is("NOUN")
                        || t.is("PRON") && POSSESSIVES.contains(w) || w.equals("of")) {
                    k--;
                } else {
                    return -1;
                }
            }
            return -1;
        }

        // ---- places and date

        /** End (exclusive) of the words after a trigger that can hold its objects and places. */
        private int windowEnd(Sentence s, TriggerLexicon.Match m, int[] clause, boolean verb) {
            int cap = verb ? 12 : 8;
            int end = m.to();
            while (end < clause[1] && end - m.to() < cap) {
                Token t = s.token(end);
                boolean including = t.lemma().equals("include");
                if ((t.is("VERB") || t.is("AUX")) && !including || WINDOW_STOPS.contains(t.text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                end++;
            }
            return end;
        }

        /** Token ranges where a trigger's places are named. */
        private List<int[]> placeWindows(Sentence s, TriggerLexicon.Match m, int[] clause, boolean verb, int windowEnd) {
            List<int[]> out = new ArrayList<>();
            out.add(new int[] {m.to(), windowEnd});
            // "the Istanbul talks": a toponym right before a noun trigger.
            if (!verb && m.from() - 1 >= clause[0] && s.token(m.from() - 1).is("PROPN")) {
                int k = m.from() - 1;
                while (k - 1 >= clause[0] && s.token(k - 1).is("PROPN") && m.from() - k < 3) {
                    k--;
                }
                out.add(new int[] {k, m.from()});
            }
            // "Mariupol has been encircled", "the whole Kyiv region had been retaken": a passive's subject.
            if (verb && m.from() - 1 > clause[0] && s.token(m.from() - 1).is("AUX")
                    && s.token(m.from() - 1).lemma().equals("be")) {
                out.add(new int[] {clause[0], m.from()});
            }
            return out;
        }

        /**
         * Gazetteer places named in tokens {@code [from, to)}, outside the agent's mention. A capital
         * or country counts as a place only after a locative preposition ("near Kyiv", "in Ukraine");
         * elsewhere it names a party ("sanctions against Russia").
         */
        private List<Place> places(Sentence s, int from, int to, Mention agent) {
            List<Place> out = new ArrayList<>();
            int k = from;
            while (k < to) {
                if (agent != null && agent.from() <= k && k < agent.to() || !nameToken(s, k)) {
                    k++;
                    continue;
                }
                int j = k;
                while (j < to && nameToken(s, j) && s.token(j).is("PROPN") || j == k) {
                    j++;
                }
                String name = doc.text().substring(s.token(k).begin(), s.token(j - 1).end()).replaceAll("[’']s$", "").strip();
                boolean locative = locative(s, k) || j < s.size() && PLACE_NOUNS.contains(s.token(j).lemma());
                Optional<Place> p = gazetteer.placeOrShaped(name); // "San Bernardino", "Orange County"
                if (p.isEmpty() && j - k > 1) {
                    j = k + 1; // "Kyiv Oblast" unknown: try the first word alone
                    p = gazetteer.place(doc.text().substring(s.token(k).begin(), s.token(k).end()).replaceAll("[’']s$", ""));
                }
                boolean capital = p.isPresent() && gazetteer.countryOfCapital(name).isPresent();
                boolean country = p.isPresent() && p.get().kind().equals("country");
                if (p.isPresent() && (locative || !capital && !country)) {
                    out.add(p.get());
                }
                k = j;
            }
            return out;
        }

        private LocalDate date(Sentence s, Span trigger, Span clause) {
            DateResolver.DateMention best = null;
            for (DateResolver.DateMention d : dates.find(doc.text(), clause, published)) {
                if (best == null || Math.abs(d.span().begin() - trigger.begin())
                        < Math.abs(best.span().begin() - trigger.begin())) {
                    best = d;
                }
            }
            // Events take only the date their own clause states, normalised as statement dates are:
            // no paragraph or news-day fallback, since event triggers also report background ("the
            // invasion", "annexed in 2014") where the news day would be wrong. A week or month
            // ("last week") is not a day, so it leaves the event undated.
            return best == null || !best.isDay() ? null : best.date();
        }

        // ---- actor mentions

        /** Every actor mention of a sentence: "Ukrainian and Russian negotiators" and proper-name runs. */
        private List<Mention> mentions(Sentence s) {
            List<Mention> out = new ArrayList<>();
            int k = 0;
            while (k < s.size()) {
                Mention g = groupMention(s, k);
                if (g == null) {
                    g = nameMention(s, k);
                }
                if (g != null) {
                    if (!g.actors().isEmpty()) {
                        out.add(g);
                    }
                    k = g.to(); // a run that names no actor is skipped whole, not re-read from its second word
                } else {
                    k++;
                }
            }
            return out;
        }

        /** "Russian forces", "two Ukrainian helicopters", "Ukrainian and Russian negotiators": the countries. */
        private Mention groupMention(Sentence s, int k) {
            List<Actor> countries = new ArrayList<>();
            int j = k;
            while (j < s.size()) {
                Optional<Place> c = nation(s.token(j));
                if (c.isEmpty()) {
                    break;
                }
                countries.add(countryActor(c.get()));
                j++;
                if (j + 1 < s.size() && (s.token(j).text().equals("and") || s.token(j).text().equals(","))
                        && nation(s.token(j + 1)).isPresent()) {
                    j++;
                } else {
                    break;
                }
            }
            if (countries.isEmpty()) {
                return null;
            }
            int skipped = 0;
            while (j < s.size() && skipped < 2 && s.token(j).is("ADJ") && !isGroupNoun(s.token(j))) {
                j++;
                skipped++;
            }
            if (j < s.size() && isGroupNoun(s.token(j))) {
                return new Mention(k, j + 1, distinct(countries), false);
            }
            return null;
        }

        private boolean isGroupNoun(Token t) {
            return GROUP_NOUNS.contains(t.lemma()) || GROUP_NOUNS.contains(t.text().toLowerCase(Locale.ROOT));
        }

        private Optional<Place> nation(Token t) {
            if (!Character.isUpperCase(t.text().charAt(0))) {
                return Optional.empty();
            }
            return gazetteer.countryOfDemonym(t.text()).or(() -> gazetteer.country(t.text()));
        }

        /** A run of capitalised name tokens resolved to a country, organisation or known person. */
        private Mention nameMention(Sentence s, int k) {
            int j = k;
            while (j < s.size() && nameToken(s, j)) {
                j++;
            }
            if (j == k) {
                return null;
            }
            while (j > k && (s.token(j - 1).text().equals("of") || s.token(j - 1).text().equals("."))) {
                j--;
            }
            if (j == k) {
                return null;
            }
            String name = doc.text().substring(s.token(k).begin(), s.token(j - 1).end()).replaceAll("[’']s$", "").strip();
            boolean locative = locative(s, k);
            Span span = new Span(s.token(k).begin(), s.token(j - 1).end());
            Mention none = new Mention(k, j, List.of(), false);
            boolean placeNoun = j < s.size() && PLACE_NOUNS.contains(s.token(j).lemma());
            boolean organisation = gazetteer.entity(name).filter(e -> e.type() == ActorType.ORGANIZATION).isPresent();
            if (placeNoun) {
                return none; // "the Kyiv region": a place
            }
            if (gazetteer.country(name).isPresent() || gazetteer.countryOfCapital(name).isPresent()) {
                Actor a = actors.resolve(span, s);
                return a == null ? none : new Mention(k, j, List.of(a), locative);
            }
            if (gazetteer.placeOrShaped(name).isPresent() && !organisation) {
                return none; // a city or region: where things happen, not who does them
            }
            Actor a = actors.resolve(span, s);
            if (a == null || a.type() == ActorType.UNNAMED_GROUP) {
                return none;
            }
            if (a.type() == ActorType.PERSON && a.wikidata() == null && !speakers.contains(a.name())) {
                return none; // an unknown capitalised phrase ("Dolmabahce Palace") is no evidence of a person
            }
            return new Mention(k, j, List.of(a), false);
        }

        private boolean nameToken(Sentence s, int j) {
            Token t = s.token(j);
            String w = t.text();
            if (MentionFinder.isDateWord(w) || SpeakerResolver.isContraction(t)) {
                return false; // "Monday", "March": a date (the mention layer's rule); "He’s": a pronoun
            }
            if (t.is("PROPN")) {
                return true;
            }
            if ((w.equals("of") || w.equals(".")) && j > 0 && s.token(j - 1).is("PROPN") && j + 1 < s.size()
                    && s.token(j + 1).is("PROPN")) {
                return true;
            }
            // "Ukrainian President ...", "United States": a capitalised modifier of a proper name.
            return (t.is("ADJ") || t.is("NOUN") || t.is("X")) && Character.isUpperCase(w.charAt(0))
                    && j + 1 < s.size() && s.token(j + 1).is("PROPN")
                    && !MentionFinder.isDateWord(s.token(j + 1).text());
        }

        /** Whether a preposition (perhaps across "the" or a direction adjective) makes the name a location. */
        private boolean locative(Sentence s, int k) {
            int p = k - 1;
            while (p >= 0 && k - p <= 3 && (s.token(p).is("DET") || s.token(p).is("ADJ"))) {
                p--;
            }
            if (p < 0) {
                return false;
            }
            Token t = s.token(p);
            return (t.is("ADP") || t.is("ADV")) && LOCATIVE.contains(t.text().toLowerCase(Locale.ROOT));
        }

        private Actor countryActor(Place c) {
            return new Actor(c.name(), ActorType.COUNTRY, null, c.name(), c.wikidata());
        }

        private static boolean overlaps(Mention x, Mention y) {
            return y != null && x.from() < y.to() && y.from() < x.to();
        }

        private Mention mentionContaining(List<Mention> mentions, int k) {
            for (Mention x : mentions) {
                if (x.from() <= k && k < x.to()) {
                    return x;
                }
            }
            return null;
        }

        /** The mention starting at token {@code k}, or right after a determiner there ("by the Kremlin"). */
        private Mention mentionStartingNear(Sentence s, List<Mention> mentions, int k) {
            for (Mention x : mentions) {
                if (x.from() == k || x.from() == k + 1 && k < s.size() && (s.token(k).is("DET") || s.token(k).is("NUM"))) {
                    return x;
                }
            }
            return null;
        }
    }

    private static List<Actor> distinct(List<Actor> actors) {
        Map<String, Actor> byName = new LinkedHashMap<>();
        actors.forEach(a -> byName.putIfAbsent(a.name(), a));
        return new ArrayList<>(byName.values());
    }
}
