package org.claimgraph.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
import org.claimgraph.extract.Actor;
import org.claimgraph.extract.ActorType;
import org.claimgraph.extract.Gazetteer;
import org.claimgraph.extract.Lexicon;
import org.claimgraph.extract.Metonymy;
import org.claimgraph.extract.Place;
import org.claimgraph.extract.SpeakerResolver;

/**
 * Finds every mention of a person, organisation, country, city, region or unnamed group in an
 * article, with no pretrained NER model: nominal chunks (determiner, numbers, adjectives, nouns,
 * proper nouns, possessives, "of" inside a title) are read as
 * <ul>
 *   <li>a name, possibly after titles and nationality words ("Russian Deputy Defence Minister
 *       Alexander Fomin"), resolved with the speaker resolver's rules (surnames to full names,
 *       gazetteer entities, organisation words);</li>
 *   <li>a capital or seat of power: the country/government actor when it acts ("Moscow said",
 *       "Moscow's envoy", "pressure on Moscow"), flagged as a metonym, else the city;</li>
 *   <li>a title or group noun without a name: a title-only reference to a person named earlier
 *       with that title ("the State Secretary") or an unnamed group ("two senior US officials");</li>
 *   <li>a person pronoun, resolved only when the previous and current sentence mention exactly
 *       one person (precision first).</li>
 * </ul>
 * Mentions the extractor already resolved as speakers or event participants keep that actor, so
 * a mention and a statement never disagree. Stateless: one instance serves all threads; each call
 * uses its own {@link SpeakerResolver}, separate from the extractor's so speakers resolve as before.
 */
public final class MentionFinder {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    /** Person and group nouns that head an unnamed-group description, beyond the title words. */
    private static final Set<String> GROUP_NOUNS = Set.of("troop", "troops", "force", "forces", "soldier", "soldiers",
            "authority", "authorities", "witness", "witnesses", "lawmaker", "lawmakers",
            "investigator", "investigators", "prosecutor", "prosecutors", "delegation", "delegations", "member",
            "members", "insider", "insiders", "mediator", "mediators", "minister", "ministers",
            "officer", "officers", "politician", "politicians", "negotiator", "negotiators");
    /** Title words that only modify ("senior officials", "Foreign Minister") and never head a mention. */
    private static final Set<String> MODIFIERS = Set.of("of", "for", "senior", "top", "former", "acting", "military", "security",
            "national", "intelligence", "health", "trade", "state", "defense", "defence", "foreign", "interior",
            "finance", "economy", "justice", "press", "vice", "deputy", "prime", "presidential", "majority", "minority",
            "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.");
    /** Determiners and quantifiers that make a title or group noun a mention ("a source", "two officials"). */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "two", "three", "four", "five", "several",
            "some", "many", "dozens", "hundreds", "other", "another");
    private static final Set<String> NON_NAME = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "the");
    /** Last words that make a capitalised run a thing or a place, not a person ("Black Sea Fleet"). */
    private static final Set<String> NOT_PERSON_HEADS = Set.of("sea", "river", "fleet", "palace", "square", "street",
            "bridge", "station", "plant", "airport", "port", "mountains", "island", "islands", "peninsula", "region",
            "oblast", "province", "district", "day", "war", "accords", "agreement", "treaty", "talks", "summit",
            "channel", "canal", "gulf", "bay", "lake", "hall", "building", "tower", "hotel", "stadium", "park",
            "road", "avenue", "highway", "line", "front", "cup", "games", "prize", "act", "law", "doctrine");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "from", "to", "into",
            "around", "across", "towards", "toward", "through", "over", "via");

    /** Lower-case words joining a title or organisation name ("Minister of X", "Center for Y"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "for");
    private static final Set<String> ARTICLES = Set.of("the", "a");
    /** Words a title-case line capitalises that running text writes in lower case. */
    private static final Set<String> TITLE_CASED_FUNCTION_WORDS = Set.of("Is", "Are", "Was", "Were", "Be", "The", "Of",
            "To", "In", "And", "For", "On", "With", "At", "By", "About", "After", "Over", "From", "Says", "Said", "His",
            "Her", "Their", "Not", "Will", "Has", "Have", "As", "Into", "Against", "Than", "But", "Or", "Up", "Out",
            "Its", "It", "Why", "How", "What", "Who", "Can", "Could", "Would", "Should", "May", "Just", "Now", "New");

    /**
     * A headline in title case: at least two function words capitalised past the first word,
     * and no word of four or more letters in lower case. Stricter than the capital-ratio test
     * the cue finder uses for headline cues: a body sentence dense with names ("Sen. Ted Cruz,
     * R-Texas, told CNN") must count as body here, since it is what confirms headline names.
     */
    static boolean isTitleCase(Sentence s) {
        int function = 0;
        for (int k = 1; k < s.size(); k++) {
            String w = s.token(k).text();
            if (TITLE_CASED_FUNCTION_WORDS.contains(w)) {
                function++;
            } else if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return function >= 2;
    }

    /** A line in capitals ("TRUMP WINS NEVADA CAUCUS"): at least three words, none with a lower-case letter. */
    static boolean isAllCaps(Sentence s) {
        int words = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (w.chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 3;
    }

    private static final java.util.regex.Pattern PREPOSITION = java.util.regex.Pattern.compile(
            "\\b(in|at|on|near|inside|outside|across|around|throughout|from|of|for|with)\\b");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    /**
     * Whether a word is a weekday or month name ("Monday", "march"): a date, never part of a
     * name. The one rule for this, shared with speaker resolution and the event finder so that a
     * date cannot become an actor through any of them.
     */
    public static boolean isDateWord(String word) {
        return DATE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /**
     * Every mention in the article, in text order.
     *
     * @param resolved actors the extractor already resolved, by the span it resolved (source heads
     *                 of statements, event participants); a mention with the same head takes it
     */
    public List<Mention> find(AnnotatedText doc, Map<Span, Actor> resolved) {
        return new Run(doc, resolved).find();
    }

    /** Per-call state. */
    private final class Run {
        private final AnnotatedText doc;
        private final Map<Span, Actor> resolved;
        private final SpeakerResolver resolver;
        private final List<Mention> out = new ArrayList<>();
        /** Sentence index of each mention in {@link #out}, for the pronoun window. */
        private final List<Integer> sentenceOf = new ArrayList<>();

        /** Sentences written in title case (headlines): every word capitalised, names or not. */
        private final boolean[] titleCase;
        /** Capitalised words of the other sentences, where capitals mark names. */
        private final Set<String> bodyCapitals = new HashSet<>();

        Run(AnnotatedText doc, Map<Span, Actor> resolved) {
            this.doc = doc;
            this.resolved = resolved;
            this.resolver = new SpeakerResolver(gazetteer, lexicon, doc);
            this.titleCase = new boolean[doc.sentences().size()];
            for (int si = 0; si < titleCase.length; si++) {
                Sentence s = doc.sentences().get(si);
                titleCase[si] = isTitleCase(s) || isAllCaps(s);
                if (!titleCase[si]) {
                    for (Token t : s.tokens()) {
                        if (Character.isUpperCase(t.text().charAt(0))) {
                            bodyCapitals.add(t.text().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }

        /**
         * In a title-case or all-capitals headline capitals say nothing about names ("Grim Forecasts For Lena
         * Falk"): a capitalised run there ends at its last word that the body also capitalises
         * or the gazetteer knows; {@code from} when there is none.
         */
        private int confirmedEnd(int si, List<Token> tokens, int from, int to) {
            if (!titleCase[si] || known(span(tokens, from, to)) != null) {
                return to;
            }
            int k = to;
            while (k > from && !confirmed(tokens.get(k - 1).text())) {
                k--;
            }
            return k;
        }

        private boolean confirmed(String word) {
            return bodyCapitals.contains(word.toLowerCase(Locale.ROOT)) || gazetteer.country(word).isPresent() || gazetteer.place(word).isPresent()
                    || gazetteer.entity(word).isPresent();
        }

        List<Mention> find() {
            List<Sentence> sentences = doc.sentences();
            for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                List<Token> tokens = s.tokens();
                int i = 0;
                while (i < tokens.size()) {
                    Token t = tokens.get(i);
                    if (t.is("PRON") && PERSON_PRONOUNS.contains(lower(t))) {
                        pronoun(si, t);
                        i++;
                        continue;
                    }
                    int end = chunkEnd(tokens, i);
                    if (end > i) {
                        chunk(si, s, i, end);
                        i = end;
                    } else {
                        i++;
                    }
                }
            }
            affiliationsFromFor();
            return List.copyOf(out);
        }

        // ---- chunks

        /** End (exclusive) of the nominal chunk starting at {@code i}; {@code i} when none starts there. */
        private int chunkEnd(List<Token> tokens, int i) {
            int j = i;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                String w = lower(t);
                boolean ok;
                if (t.is("DET")) {
                    // "the Red Cross" in "the International Committee of the Red Cross" stays in the name.
                    ok = j == i || j > i && NAME_LINKS.contains(lower(tokens.get(j - 1))) && j + 1 < tokens.size()
                            && Character.isUpperCase(tokens.get(j + 1).text().charAt(0));
                } else if (SpeakerResolver.isContraction(t)) {
                    ok = false; // "He’s", "I’ve": a pronoun, not a name
                } else if (isPossessive(t)) {
                    ok = j > i;
                } else if (w.equals("of") || w.equals("for")) {
                    // "Secretary of State": "of" between a title word and a capitalised word.
                    // "Department of Homeland Security", "Committee of the Red Cross": after an
                    // organisation word the "of" tail is part of the name.
                    Token prev = tokens.get(Math.max(j - 1, 0));
                    boolean orgHead = j > i && Character.isUpperCase(prev.text().charAt(0))
                            && SpeakerResolver.isOrganisationWord(prev.text());
                    int next = j + 1 < tokens.size() && orgHead && ARTICLES.contains(lower(tokens.get(j + 1)))
                            ? j + 2 : j + 1;
                    // "Center for American Progress", "Minister for Europe"; not "a spokesman for Trump"
                    boolean title = lexicon.isTitleWord(lower(prev)) && (w.equals("of") || Character.isUpperCase(prev.text().charAt(0)));
                    ok = j > i && next < tokens.size() && (title || orgHead)
                            && Character.isUpperCase(tokens.get(next).text().charAt(0));
                } else if (w.equals(".") || w.equals("-")) {
                    ok = j > i && j + 1 < tokens.size() && tokens.get(j - 1).end() == t.begin()
                            && (tokens.get(j + 1).is("PROPN") || tokens.get(j - 1).text().length() == 1);
                } else {
                    ok = t.is("PROPN") || t.is("NOUN") || t.is("ADJ") || t.is("NUM") || t.is("X");
                    // "Moscow expelled …": a past tense the tagger read as an adjective ends the name.
                    if (ok && j > i && tokens.get(j - 1).is("PROPN") && w.endsWith("ed") && !t.is("PROPN")
                            && Character.isLowerCase(t.text().charAt(0))) {
                        ok = false;
                    }
                }
                if (!ok) {
                    break;
                }
                j++;
            }
            // Nothing to read in a bare determiner; a trailing "." or "-" belongs to the sentence.
            while (j > i && (tokens.get(j - 1).text().equals(".") || tokens.get(j - 1).text().equals("-")
                    || tokens.get(j - 1).is("DET"))) {
                j--;
            }
            return j;
        }

        private void chunk(int si, Sentence s, int from, int to) {
            List<Token> tokens = s.tokens();
            Token last = tokens.get(to - 1);
            int possessive = -1;
            for (int k = from; k < to; k++) {
                if (isPossessive(tokens.get(k))) {
                    possessive = k;
                }
            }
            if (possessive == to - 1) {
                // "Ukraine's": the possessor is the whole chunk.
                named(si, s, from, to - 1);
                return;
            }
            if (resolver.isNameToken(last) && Character.isUpperCase(last.text().charAt(0)) && !isTitleHead(last)) {
                named(si, s, from, to);
                return;
            }
            if (isTitleHead(last) || GROUP_NOUNS.contains(lower(last))) {
                if (description(si, s, from, to, possessive)) {
                    return;
                }
            }
            if (possessive > from) {
                // "Ukraine's territory", "Moscow's attempt": the possessor on its own.
                named(si, s, from, possessive);
                return;
            }
            // Names inside a chunk that is about something else ("the Kyiv region").
            int k = from;
            while (k < to) {
                if (tokens.get(k).is("PROPN")) {
                    int e = k;
                    while (e < to && tokens.get(e).is("PROPN")) {
                        e++;
                    }
                    bareName(si, s, k, e);
                    k = e;
                } else {
                    k++;
                }
            }
        }

        /** A chunk that ends in a name: [title/nationality/possessor words] name. */
        private void named(int si, Sentence s, int from, int to) {
            List<Token> tokens = s.tokens();
            to = to <= from ? to : confirmedEnd(si, tokens, from, to);
            if (to <= from) {
                return;
            }
            // "1994 Ukraine", "northern Ukraine", "early March": leading words that are no title.
            while (from < to - 1 && (tokens.get(from).is("NUM") || !tokens.get(from).is("DET")
                    && Character.isLowerCase(tokens.get(from).text().charAt(0)) && !lexicon.isTitleWord(lower(tokens.get(from))))) {
                from++;
            }
            if (DATE_WORDS.contains(lower(tokens.get(to - 1)))) {
                return; // "Monday", "March": a date, even when a look-up made it an actor
            }
            int nameFrom = from;
            while (nameFrom < to - 1 && isModifier(tokens.get(nameFrom))) {
                nameFrom++;
            }
            if (nameFrom == from && to - from == 1 && isModifier(tokens.get(from)) && !isPlaceName(tokens.get(from).text())) {
                return; // a lone "Ukrainian" or "President" names no one
            }
            String name = text(tokens, nameFrom, to).replaceFirst("^(?i)the\\s+", "");
            if (nameFrom == from || allDeterminer(tokens, from, nameFrom)) {
                // A bare name: a place, a capital (city or government), a seat of power.
                Mention bare = placeOrMetonym(si, tokens, from, to, name);
                if (bare != null) {
                    add(si, bare);
                    return;
                }
            }
            Span span = span(tokens, from, to);
            String role = role(tokens, from, nameFrom);
            String affiliation = affiliation(tokens, from, nameFrom);
            Actor known = known(span);
            // Before resolving: resolving a one-word name registers it as a surname.
            boolean seenSurname = resolver.isKnownSurname(name);
            SpeakerResolver.Resolution r = resolver.resolveMention(span, s);
            Actor actor = known != null ? known : r == null ? null : r.actor();
            if (actor == null) {
                return;
            }
            if (known == null && !plausible(actor, name, tokens, nameFrom, to, role, seenSurname)) {
                return;
            }
            if (affiliation == null && r != null && actor.type() != ActorType.COUNTRY) {
                affiliation = r.country();
            }
            if (role == null && r != null || r != null && actor.type() == ActorType.ORGANIZATION) {
                role = r.role(); // "European Commission President …": the resolver's reading; "Security
                                 // Council" is one name, not a role and a name
            }
            boolean metonym = gazetteer.seatOfPower(name).isPresent() || gazetteer.countryOfCapital(name).isPresent()
                    && actor.type() == ActorType.COUNTRY;
            Mention.Form form = actor.type() == ActorType.UNNAMED_GROUP ? Mention.Form.DESCRIPTION : Mention.Form.NAME;
            Mention m = new Mention(span, span.of(doc.text()), actor, null, form, role, affiliation, metonym);
            Mention before = previousIfAppositive(si, tokens, from);
            if (before != null && actor.type() == ActorType.PERSON && before.actor() != null
                    && before.actor().type() == ActorType.UNNAMED_GROUP && singular(tokens, before)) {
                // "the city's mayor, Vadym Boychenko": the title before the name is the person.
                out.set(out.size() - 1, before.withActor(actor, Mention.Form.TITLE, before.role(), before.affiliation()));
            }
            add(si, m);
        }

        /** A capital, seat of power, country or gazetteer place named on its own; null otherwise. */
        private Mention placeOrMetonym(int si, List<Token> tokens, int from, int to, String name) {
            Span span = span(tokens, from, to);
            String text = span.of(doc.text());
            Actor known = known(span);
            Optional<Place> capital = gazetteer.countryOfCapital(name);
            if (capital.isPresent()) {
                int nameFrom = tokens.get(from).is("DET") ? from + 1 : from;
                boolean acts = known != null || Metonymy.actsAsGovernment(tokens, nameFrom, to)
                        || to < tokens.size() && isPossessive(tokens.get(to));
                if (acts) {
                    Actor country = known != null ? known : countryActor(capital.get());
                    resolver.resolveMention(span, sentence(si));
                    return new Mention(span, text, country, null, Mention.Form.NAME, null, country.country(), true);
                }
                return gazetteer.place(name).map(p -> new Mention(span, text, null, p, Mention.Form.NAME, null, null, false))
                        .orElse(null);
            }
            Optional<String> seat = gazetteer.seatOfPower(name);
            if (seat.isPresent()) {
                SpeakerResolver.Resolution r = resolver.resolveMention(span, sentence(si));
                Actor actor = known != null ? known : r == null ? null : r.actor();
                if (actor == null) {
                    return null;
                }
                boolean located = from > 0 && LOCATIVE.contains(lower(tokens.get(from - 1)));
                return new Mention(span, text, actor, null, Mention.Form.NAME, null, seat.get(), !located);
            }
            Optional<Place> country = gazetteer.country(name);
            if (country.isPresent()) {
                resolver.resolveMention(span, sentence(si));
                Actor actor = known != null ? known : countryActor(country.get());
                return new Mention(span, text, actor, null, Mention.Form.NAME, null, null, false);
            }
            if (gazetteer.entity(name).isEmpty()) {
                Optional<Place> place = gazetteer.placeOrShaped(name);
                if (place.isPresent()) {
                    return new Mention(span, text, null, place.get(), Mention.Form.NAME, null, null, false);
                }
            }
            return null;
        }

        /** A proper-noun run inside a chunk about something else: only names the gazetteer or the article knows. */
        private void bareName(int si, Sentence s, int from, int to) {
            List<Token> tokens = s.tokens();
            String name = text(tokens, from, to);
            Mention m = placeOrMetonym(si, tokens, from, to, name);
            if (m != null) {
                add(si, m);
                return;
            }
            if (gazetteer.entity(name).isPresent() || to - from == 1 && resolver.isKnownSurname(name)) {
                named(si, s, from, to);
            }
        }

        /**
         * A chunk headed by a title or group noun: a title-only reference ("the State Secretary")
         * or an unnamed group ("two senior US officials"). Precision first: a bare plural
         * ("officials") or a chunk without determiner, number or affiliation is not taken.
         */
        private boolean description(int si, Sentence s, int from, int to, int possessive) {
            List<Token> tokens = s.tokens();
            String first = lower(tokens.get(from));
            String affiliation = affiliation(tokens, from, to);
            boolean definite = first.equals("the") || possessive > from;
            boolean counted = INDEFINITE.contains(first) || tokens.get(from).is("NUM");
            Token head = tokens.get(to - 1);
            boolean singular = head.lemma().equals(lower(head));
            // "Maria Kolb, a spokeswoman for …", "Dmitry Peskov, the Kremlin spokesman": the named person.
            boolean oneOrThe = first.equals("a") || first.equals("an") || first.equals("the") || !counted;
            Mention before = previousIfAppositive(si, tokens, from);
            boolean appositive = before != null && before.actor() != null && before.actor().type() == ActorType.PERSON
                    && before.form() == Mention.Form.NAME && singular && oneOrThe;
            if (!appositive && !counted && affiliation == null && !(definite && singular)) {
                return false;
            }
            Span span = span(tokens, from, to);
            String role = role(tokens, from, to);
            Actor known = known(span);
            SpeakerResolver.Resolution r = resolver.resolveMention(span, s);
            Actor own = r == null ? null : r.actor();
            if (known != null && known.type() == ActorType.UNNAMED_GROUP && own != null && own.type() == ActorType.PERSON) {
                // "The Deputy Defence Minister said": the speaker resolver only looks back at
                // speakers; the mention chain also knows people named outside statements.
                known = null;
            }
            Actor actor = appositive ? before.actor() : known != null ? known : own;
            if (actor == null) {
                return false;
            }
            if (actor.type() == ActorType.UNNAMED_GROUP && !counted && affiliation == null && !appositive
                    && known == null && possessive < 0) {
                // "the spokesman" with no one named so earlier: too vague to be a node of its own.
                return false;
            }
            if (affiliation == null && r != null) {
                affiliation = r.country();
            }
            Mention.Form form = actor.type() == ActorType.PERSON ? Mention.Form.TITLE : Mention.Form.DESCRIPTION;
            add(si, new Mention(span, span.of(doc.text()), actor, null, form, role, affiliation, false));
            return true;
        }

        private void pronoun(int si, Token t) {
            Span span = t.span();
            Actor known = known(span);
            Actor actor = known;
            if (actor == null) {
                // Exactly one person mentioned in this and the previous sentence: otherwise unclear.
                Set<Actor> people = new LinkedHashSet<>();
                for (int k = out.size() - 1; k >= 0 && sentenceOf.get(k) >= si - 1; k--) {
                    Mention m = out.get(k);
                    if (m.actor() != null && m.actor().type() == ActorType.PERSON) {
                        people.add(canonical(m.actor()));
                    }
                }
                if (people.size() != 1) {
                    return;
                }
                actor = latestPerson(people.iterator().next().name());
            }
            if (actor.type() != ActorType.PERSON) {
                return;
            }
            add(si, new Mention(span, t.text(), actor, null, Mention.Form.PRONOUN, null, null, false));
        }

        /** "spokesman for the Kremlin": a title followed by "for" and a country or organisation. */
        private void affiliationsFromFor() {
            String text = doc.text();
            for (int k = 0; k + 1 < out.size(); k++) {
                Mention m = out.get(k);
                Mention next = out.get(k + 1);
                if (m.affiliation() != null || m.form() == Mention.Form.PRONOUN || m.place() != null || next.actor() == null) {
                    continue;
                }
                String between = text.substring(m.span().end(), next.span().begin()).strip().toLowerCase(Locale.ROOT);
                if (!between.equals("for") && !between.equals("of")) {
                    continue;
                }
                if (m.form() == Mention.Form.NAME && m.actor().type() != ActorType.PERSON) {
                    continue;
                }
                String country = next.actor().type() == ActorType.COUNTRY ? next.actor().name() : next.actor().country();
                if (country != null && !(m.actor().type() == ActorType.COUNTRY)) {
                    out.set(k, m.withAffiliation(country));
                }
            }
        }

        // ---- helpers

        private void add(int si, Mention m) {
            out.add(m);
            sentenceOf.add(si);
        }

        private Sentence sentence(int si) {
            return doc.sentences().get(si);
        }

        /** The previous mention when it ends right before {@code ", "} at token {@code from}. */
        private Mention previousIfAppositive(int si, List<Token> tokens, int from) {
            if (out.isEmpty() || from < 2 || sentenceOf.get(out.size() - 1) != si || !tokens.get(from - 1).text().equals(",")) {
                return null;
            }
            Mention prev = out.get(out.size() - 1);
            return prev.span().end() == tokens.get(from - 2).end() ? prev : null;
        }

        private boolean singular(List<Token> tokens, Mention m) {
            for (Token t : tokens) {
                if (t.end() == m.span().end()) {
                    return t.lemma().equals(lower(t));
                }
            }
            return false;
        }

        /** The actor the extractor resolved for a span with the same head (same end), if any. */
        private Actor known(Span span) {
            Actor exact = resolved.get(span);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<Span, Actor> e : resolved.entrySet()) {
                Span r = e.getKey();
                if (r.end() == span.end() && (span.contains(r) || r.contains(span) && !afterPreposition(r, span))) {
                    return e.getValue();
                }
            }
            return null;
        }

        /**
         * Whether a preposition stands between the start of a resolved source and a mention at its
         * end: "Capitol Hill" in "lawmakers on Capitol Hill", "the Kremlin" in "a spokesman for the
         * Kremlin" name something else than the source.
         */
        private boolean afterPreposition(Span outer, Span inner) {
            String before = doc.text().substring(outer.begin(), inner.begin()).toLowerCase(Locale.ROOT);
            return PREPOSITION.matcher(before).find();
        }

        /** The person actor as last mentioned (carrying the role and country said so far). */
        private Actor latestPerson(String name) {
            for (int k = out.size() - 1; k >= 0; k--) {
                Actor a = out.get(k).actor();
                if (a != null && a.type() == ActorType.PERSON && a.name().equals(name)) {
                    return a;
                }
            }
            throw new IllegalStateException("no mention of " + name);
        }

        private Actor canonical(Actor a) {
            return new Actor(a.name(), a.type(), null, null, null);
        }

        /**
         * Whether a resolved name is worth a node when no statement or event needed it: a known
         * entity, a multi-word name of a person, an organisation by its words, or a one-word name
         * after a title or seen earlier as a surname. A lone capitalised word ("Monday",
         * "Bosphorus") is not taken.
         */
        private boolean plausible(Actor actor, String name, List<Token> tokens, int nameFrom, int to, String role,
                                  boolean seenSurname) {
            if (actor.wikidata() != null || actor.type() == ActorType.COUNTRY) {
                return true;
            }
            if (actor.type() == ActorType.UNNAMED_GROUP) {
                return false;
            }
            String lastWord = lower(tokens.get(to - 1));
            if (actor.type() == ActorType.ORGANIZATION) {
                return resolver.classify(name) == ActorType.ORGANIZATION && gazetteer.place(name).isEmpty()
                        && !gazetteer.placeShaped(name) && !SpeakerResolver.isGenericOrganisation(actor.name());
            }
            if (NOT_PERSON_HEADS.contains(lastWord) || gazetteer.place(name).isPresent() || gazetteer.placeShaped(name)) {
                return false;
            }
            for (int k = nameFrom; k < to; k++) {
                String w = tokens.get(k).text();
                if (!Character.isUpperCase(w.charAt(0)) && !w.equals(".") && !w.equals("-")
                        && !Set.of("von", "van", "der", "den", "de", "da", "du", "al", "bin", "le", "la").contains(w)) {
                    return false;
                }
            }
            int words = 0;
            for (int k = nameFrom; k < to; k++) {
                if (Character.isLetter(tokens.get(k).text().charAt(0))) {
                    words++;
                }
            }
            return words >= 2 || role != null || seenSurname;
        }

        /** Title, nationality, country, seat of power, known organisation or possessor before a name. */
        private boolean isModifier(Token t) {
            String w = t.text();
            String l = lower(t);
            return t.is("DET") || isPossessive(t) || lexicon.isTitleWord(l) || NON_NAME.contains(l)
                    || gazetteer.countryOfDemonym(w).isPresent() || gazetteer.country(w).isPresent()
                    || gazetteer.seatOfPower(w).isPresent() || gazetteer.countryOfCapital(w).isPresent()
                    || gazetteer.entity(w).filter(e -> e.type() == ActorType.ORGANIZATION).isPresent()
                    || !Character.isUpperCase(w.charAt(0));
        }

        private boolean isPlaceName(String w) {
            return gazetteer.place(w).isPresent() || gazetteer.seatOfPower(w).isPresent();
        }

        private boolean isTitleHead(Token t) {
            String l = lower(t);
            return (lexicon.isTitleWord(l) || lexicon.isTitleWord(t.lemma())) && !MODIFIERS.contains(l);
        }

        /** The role words among {@code [from, to)}: titles and other words that are not affiliation. */
        private String role(List<Token> tokens, int from, int to) {
            List<String> words = new ArrayList<>();
            int start = from;
            for (int k = from; k < to; k++) {
                if (isPossessive(tokens.get(k))) {
                    start = k + 1; // "Moscow's chief negotiator": the possessor is the affiliation
                }
            }
            for (int k = start; k < to; k++) {
                Token t = tokens.get(k);
                String w = t.text();
                String l = lower(t);
                if (w.equals(".") && !words.isEmpty() && tokens.get(k - 1).end() == t.begin()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + "."); // "Sen" "." → "Sen."
                    continue;
                }
                if (t.is("DET") || t.is("NUM") || t.is("PUNCT") || INDEFINITE.contains(l) || NON_NAME.contains(l)
                        || gazetteer.countryOfDemonym(w).isPresent() || gazetteer.country(w).isPresent()
                        || gazetteer.seatOfPower(w).isPresent() || gazetteer.countryOfCapital(w).isPresent()) {
                    continue;
                }
                words.add(w);
            }
            while (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("of")) {
                words.remove(words.size() - 1);
            }
            return words.isEmpty() ? null : String.join(" ", words);
        }

        /** The first country a nationality word, country name, capital or seat of power in {@code [from, to)} gives. */
        private String affiliation(List<Token> tokens, int from, int to) {
            for (int k = from; k < to; k++) {
                String w = tokens.get(k).text();
                Optional<Place> c = gazetteer.countryOfDemonym(w).or(() -> gazetteer.country(w));
                if (c.isPresent()) {
                    return c.get().name();
                }
                Optional<String> seat = gazetteer.seatOfPower(w);
                if (seat.isPresent()) {
                    return seat.get();
                }
                boolean possessor = k + 1 < to && isPossessive(tokens.get(k + 1));
                if (possessor && gazetteer.countryOfCapital(w).isPresent()) {
                    return gazetteer.countryOfCapital(w).get().name(); // "Moscow's chief negotiator"
                }
            }
            return null;
        }

        private String text(List<Token> tokens, int from, int to) {
            return doc.text().substring(tokens.get(from).begin(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
        }
    }

    private static boolean allDeterminer(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).is("DET")) {
                return false;
            }
        }
        return true;
    }

    private static Actor countryActor(Place c) {
        return new Actor(c.name(), ActorType.COUNTRY, null, c.name(), c.wikidata());
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    private static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'") && t.is("PART");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
