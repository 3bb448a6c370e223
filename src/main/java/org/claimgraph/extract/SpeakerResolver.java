package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.AnnotatedText;
import org.claimgraph.annotate.Sentence;
import org.claimgraph.annotate.Span;
import org.claimgraph.annotate.Token;
import org.claimgraph.extract.mention.MentionFinder;

/**
 * Resolves source mentions of one article to actors: titles and roles, countries and their
 * metonyms, organisations, unnamed groups, bare surnames to the full name used earlier, and
 * pronouns to the nearest preceding compatible speaker or person. One instance per article.
 *
 * <p>Public so the mention layer ({@code org.claimgraph.extract.mention.MentionFinder}) resolves
 * every actor mention with the same rules as speakers, through its own instance: an instance
 * remembers what it resolved (for "the State Secretary" and pronouns), so sharing the
 * extractor's instance would change how speakers resolve.
 */
public final class SpeakerResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it");
    private static final Set<String> ORG_WORDS = Set.of("ministry", "department", "agency", "council", "party",
            "committee", "commission", "office", "service", "army", "forces", "union", "bank", "institute",
            "university", "government", "administration", "parliament", "congress", "senate", "court", "police",
            "times", "post", "news", "journal", "press", "tribune", "herald", "guardian", "telegraph", "reuters",
            "cnn", "bbc", "forbes", "cgtn", "tass", "interfax", "bloomberg", "politico", "axios", "nbc", "cbs",
            "abc", "msnbc", "fox", "ap", "afp", "campaign", "foundation", "corporation", "company", "inc.",
            "group", "organization", "organisation", "association", "network", "staff", "kremlin", "pentagon",
            "nato", "un", "eu", "gazette", "review", "magazine", "wire", "board", "federation", "bureau", "school", "center", "centre",
            "college", "academy", "museum", "fund", "coalition", "caucus", "alliance", "institution", "hospital",
            "church", "club", "guild", "society", "league");
    /**
     * Last words of company names. Only as the last of two or more words, and none that is also a
     * common surname ("Power", "Steel"), so "Samantha Power" stays a person.
     */
    private static final Set<String> COMPANY_HEADS = Set.of("coal", "energy", "oil", "petroleum", "mining", "motors",
            "airlines", "airways", "capital", "partners", "holdings", "industries", "enterprises", "technologies",
            "systems", "labs", "software", "solutions", "pharmaceuticals", "insurance", "financial", "securities",
            "resources", "communications", "entertainment", "media", "brands", "foods", "electric", "inc", "corp",
            "corp.", "co.", "llc", "ltd", "ltd.", "plc");
    /** Lower-case particles inside names ("Ursula von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "du", "al", "bin", "le", "la");
    private static final Set<String> NON_NAME_PROPN = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
    /** Party words that modify a name like a title ("Democrat Hillary Clinton", "Republican Jo Lane"). */
    private static final Set<String> PARTY_WORDS = Set.of("democrat", "democratic", "republican", "gop",
            "libertarian", "conservative", "liberal", "progressive", "independent");
    /**
     * Capitalised plurals that name a group of people, never one person or an organisation
     * ("Republicans said", "Protesters gathered"): political camps, faiths and crowd nouns the
     * tagger often reads as proper nouns at the start of a sentence.
     */
    private static final Set<String> GROUP_PLURALS = Set.of("democrats", "republicans", "conservatives",
            "liberals", "progressives", "libertarians", "socialists", "independents", "moderates", "muslims",
            "christians", "jews", "catholics", "evangelicals", "hispanics", "latinos", "latinas", "blacks", "whites",
            "protesters", "protestors", "demonstrators", "delegates", "veterans", "voters", "refugees", "citizens",
            "residents", "lawmakers", "legislators", "senators", "congressmen", "governors", "mayors", "activists",
            "critics", "supporters", "opponents", "proponents", "advocates", "analysts", "experts", "economists",
            "scientists", "researchers", "doctors", "nurses", "teachers", "workers", "students", "parents",
            "authorities", "officials", "investigators", "prosecutors", "police", "women", "men", "people",
            "americans", "immigrants", "migrants", "polls", "pollsters", "observers", "witnesses", "neighbors",
            "neighbours", "members", "leaders", "candidates");
    /** Organisation words that name no organisation on their own ("Committee"), unlike "Congress" or "Pentagon". */
    private static final Set<String> GENERIC_ORG_HEADS = Set.of("ministry", "department", "agency", "council",
            "committee", "commission", "office", "service", "union", "bank", "institute", "university", "court",
            "campaign", "foundation", "corporation", "company", "group", "organization", "organisation",
            "association", "network", "board", "federation", "bureau", "school", "center", "centre", "college",
            "academy", "museum", "fund", "coalition", "caucus", "alliance", "institution", "hospital", "church",
            "club", "party");
    /** Title words that also name a department's field ("Department of State", "Ministry of Defence"). */
    private static final Set<String> DEPARTMENT_WORDS = Set.of("state", "defense", "defence", "foreign", "interior",
            "finance", "economy", "justice", "security", "national", "intelligence", "health", "trade", "military");
    /** Prepositions that end a source's head: what follows says where it is ("Police in Tulsa"). */
    private static final Set<String> LOCATIVE_POST = Set.of("in", "at", "on", "near", "inside", "outside", "across",
            "around", "throughout");
    /** "He’s", "I’ve", "We’re": a pronoun with a clitic the tokenizer left whole is never a name. */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile(
            "(?i)(he|she|it|i|we|you|they|that|there|here|who|what|where|let)['’](s|ve|re|ll|d|m)");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final AnnotatedText doc;
    /** Surname → full name, from every multi-word person name in the article. */
    private final Map<String, String> fullNames = new HashMap<>();
    /** Person name mentions in text order, for pronouns. */
    private final List<Mention> personMentions = new ArrayList<>();
    /** Person actors by canonical name, with what the article has said about them so far. */
    private final Map<String, Actor> people = new HashMap<>();
    /** Resolved speakers in text order. */
    private final List<Mention> speakers = new ArrayList<>();

    private record Mention(int offset, Actor actor) {}

    /**
     * What one mention says: the actor, and the role and country written in this mention itself
     * (the actor's role may come from an earlier mention of the same person).
     */
    public record Resolution(Actor actor, String role, String country) {}

    public SpeakerResolver(Gazetteer gazetteer, Lexicon lexicon, AnnotatedText doc) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.doc = doc;
        registerNames();
    }

    /**
     * First pass: every person name in the article, so a later bare surname finds it. Weekday and
     * month names are dates, not name words (the mention layer's rule): the tagger makes "Monday
     * March" a proper-noun run, which would otherwise become a person that "he" refers back to.
     */
    private void registerNames() {
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                if (!nameWord(s.token(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.size() && (nameWord(s.token(j)) || isInitial(s, j) || surnameMay(s, j, i))) {
                    j++;
                }
                Name n = name(s.tokens().subList(i, j));
                if (n.tokens().size() >= 2 && classify(n.text()) == ActorType.PERSON) {
                    String full = canonicalPerson(n.text());
                    fullNames.putIfAbsent(surname(n.text()), full);
                    personMentions.add(new Mention(s.token(i).begin(), person(full, null, null)));
                } else if (n.tokens().size() == 1 && fullNames.containsKey(key(n.text()))) {
                    personMentions.add(new Mention(s.token(i).begin(), person(fullNames.get(key(n.text())), null, null)));
                }
                i = j;
            }
        }
    }

    /** "Theresa May": the month as the surname of a name run, not followed by a day number. */
    private static boolean surnameMay(Sentence s, int j, int runStart) {
        return j > runStart && s.token(j).text().equals("May") && s.token(j).is("PROPN")
                && (j + 1 >= s.size() || !s.token(j + 1).is("NUM"));
    }

    private static boolean nameWord(Token t) {
        return t.is("PROPN") && !MentionFinder.isDateWord(t.text()) && !isContraction(t);
    }

    /** Whether a token is a pronoun and its clitic written as one word ("He’s", "I’ve"). */
    public static boolean isContraction(Token t) {
        return CONTRACTION.matcher(t.text()).matches();
    }

    /**
     * Tokens a title word (or honorific) at {@code k} takes: 2 for an abbreviation whose period
     * the tokenizer split off ("Rep" "." → "rep."; "Mrs" "."), 1 for a title word, 0 otherwise.
     */
    private int titleWidth(List<Token> tokens, int k) {
        String lower = tokens.get(k).text().toLowerCase(Locale.ROOT);
        boolean dot = k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")
                && tokens.get(k).end() == tokens.get(k + 1).begin();
        if (dot && (lexicon.isTitleWord(lower + ".") || NON_NAME_PROPN.contains(lower + "."))) {
            return 2;
        }
        return lexicon.isTitleWord(lower) || NON_NAME_PROPN.contains(lower) ? 1 : 0;
    }

    /** The actor a source mention refers to, or null when it cannot be told. */
    public Actor resolve(Span head, Sentence sentence) {
        Resolution r = resolveMention(head, sentence);
        return r == null ? null : r.actor();
    }

    /** As {@link #resolve}, with the role and country this mention gives; null when unresolved. */
    public Resolution resolveMention(Span head, Sentence sentence) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : sentence.tokens()) {
            if (head.contains(t.span())) {
                tokens.add(t);
            }
        }
        if (tokens.isEmpty()) {
            return null;
        }
        Resolution r = resolveTokens(tokens, head.begin());
        if (r != null && r.actor() != null) {
            speakers.add(new Mention(head.begin(), r.actor()));
            return r;
        }
        return null;
    }

    private static Resolution of(Actor actor) {
        return new Resolution(actor, null, null);
    }

    private Resolution resolveTokens(List<Token> tokens, int offset) {
        if (tokens.size() == 1 && tokens.get(0).is("PRON")) {
            return of(pronoun(tokens.get(0).text().toLowerCase(Locale.ROOT), offset));
        }
        int cut = locativeCut(tokens);
        if (cut > 0) {
            return located(tokens, cut, offset);
        }
        String country = null;
        List<String> role = new ArrayList<>();
        // Trailing run of proper nouns is the name; what precedes it is title, role, nationality.
        int nameStart = tokens.size();
        while (nameStart > 0 && isNameToken(tokens.get(nameStart - 1))) {
            nameStart--;
        }
        String whole = text(tokens, 0, tokens.size());
        String wholeNoDet = stripDeterminer(whole);
        boolean definite = tokens.get(0).text().equalsIgnoreCase("the");
        // A country, capital or seat of power as a whole: "Russia", "Moscow", "the Kremlin".
        Optional<Place> asCountry = gazetteer.country(wholeNoDet);
        if (asCountry.isPresent()) {
            return of(countryActor(asCountry.get()));
        }
        Optional<Gazetteer.KnownEntity> known = gazetteer.entity(wholeNoDet);
        if (known.isPresent() && known.get().type() == ActorType.ORGANIZATION) {
            return of(known(known.get(), null));
        }
        if (gazetteer.seatOfPower(wholeNoDet).isPresent()) {
            String seatCountry = gazetteer.seatOfPower(wholeNoDet).get();
            return new Resolution(new Actor(titleCase(wholeNoDet), ActorType.ORGANIZATION, null, seatCountry, null),
                    null, seatCountry);
        }
        Optional<Place> capital = gazetteer.countryOfCapital(wholeNoDet);
        if (capital.isPresent()) {
            return of(countryActor(capital.get()));
        }
        // "the Red Cross", "the Foreign Ministry": people are not named with an article.
        if (definite && tokens.size() > 1 && tokens.get(tokens.size() - 1).is("PROPN") && noTitleWords(tokens)) {
            return of(new Actor(wholeNoDet, ActorType.ORGANIZATION, null, null, null));
        }
        int orgFrom = organisationWithTail(tokens);
        if (orgFrom >= 0) {
            // "the Department of Homeland Security", "International Committee of the Red Cross".
            String orgName = text(tokens, orgFrom, tokens.size());
            String orgCountry = null;
            for (int k = 0; k < orgFrom; k++) {
                String w = tokens.get(k).text();
                Optional<Place> c = gazetteer.countryOfDemonym(w).or(() -> gazetteer.country(w));
                orgCountry = orgCountry == null ? c.map(Place::name).orElse(null) : orgCountry;
            }
            Optional<Gazetteer.KnownEntity> org = gazetteer.entity(orgName);
            Actor a = org.map(e -> known(e, null)).orElse(new Actor(orgName, ActorType.ORGANIZATION, null, orgCountry, null));
            return new Resolution(a, null, orgCountry);
        }
        for (int k = 0; k < nameStart; k++) {
            Token t = tokens.get(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            Optional<Place> c = gazetteer.countryOfDemonym(t.text()).or(() -> gazetteer.country(t.text()));
            if (c.isPresent() && country == null) {
                country = c.get().name();
            } else if (gazetteer.seatOfPower(t.text()).isPresent()) {
                country = gazetteer.seatOfPower(t.text()).get();
            } else if (!t.is("DET") && !t.is("NUM")) {
                role.add(t.text());
            }
            if (lower.equals("'s") && !role.isEmpty()) {
                role.remove(role.size() - 1);
            }
        }
        // Peel title words and nationality off the front of the proper-noun run. A title word
        // further in ends a longer role ("European Commission President Ursula von der Leyen").
        int n = nameStart;
        for (int k = tokens.size() - 2; k > nameStart; k--) {
            String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
            int width = w.equals("of") ? 0 : titleWidth(tokens, k);
            if (width > 0 && k + width < tokens.size()) {
                for (int r = nameStart; r < k + width; r++) {
                    String word = tokens.get(r).text();
                    Optional<Place> nation = gazetteer.countryOfDemonym(word).or(() -> gazetteer.country(word));
                    if (nation.isPresent() && country == null) {
                        country = nation.get().name(); // "Turkish President …": affiliation, not role
                    } else if (gazetteer.seatOfPower(word).isPresent() && country == null) {
                        country = gazetteer.seatOfPower(word).get();
                    } else if (word.equals(".") && !role.isEmpty()) {
                        role.set(role.size() - 1, role.get(role.size() - 1) + "."); // "Sen" "." → "Sen."
                    } else {
                        role.add(word);
                    }
                }
                n = k + width;
                break;
            }
        }
        while (n < tokens.size()) {
            Token t = tokens.get(n);
            String lower = t.text().toLowerCase(Locale.ROOT);
            int width = titleWidth(tokens, n);
            if (width > 0) {
                if (!NON_NAME_PROPN.contains(lower) && !NON_NAME_PROPN.contains(lower + ".")) {
                    role.add(text(tokens, n, n + width));
                }
                n += width;
            } else if (PARTY_WORDS.contains(lower) && n + 2 < tokens.size() && isNameToken(tokens.get(n + 1))
                    && isNameToken(tokens.get(n + 2))) {
                role.add(t.text()); // "Democrat Hillary Clinton": the party is a role, not part of the name
                n++;
            } else if (n < tokens.size() - 1 && (gazetteer.countryOfDemonym(t.text()).isPresent() || gazetteer.country(t.text()).isPresent())) {
                if (country == null) {
                    country = gazetteer.countryOfDemonym(t.text()).or(() -> gazetteer.country(t.text())).get().name();
                }
                n++;
            } else if (n < tokens.size() - 1 && gazetteer.seatOfPower(t.text()).isPresent()) {
                country = gazetteer.seatOfPower(t.text()).get();
                n++;
            } else if (n < tokens.size() - 1 && gazetteer.entity(t.text()).filter(e -> e.type() == ActorType.ORGANIZATION).isPresent()) {
                role.add(t.text()); // "NATO Secretary General …": the organisation is part of the role
                n++;
            } else {
                break;
            }
        }
        if (!role.isEmpty() && role.get(role.size() - 1).equalsIgnoreCase("of") && n < tokens.size() - 1) {
            // "Secretary of Transport Ida Brandt": the words after "of" name the department; the
            // person's name is its last two words, or from the word before a middle initial on.
            int nameFrom = tokens.size() - 2 > n ? tokens.size() - 2 : n + 1;
            for (int k = n + 2; k < tokens.size(); k++) {
                if (tokens.get(k).text().matches("\\p{Lu}\\.")) {
                    nameFrom = k - 1;
                    break;
                }
            }
            for (int k = n; k < nameFrom; k++) {
                role.add(tokens.get(k).text());
            }
            n = nameFrom;
        }
        String roleText = role.isEmpty() ? null : cleanRole(String.join(" ", role));
        if (n >= tokens.size()) {
            return new Resolution(titleOnly(tokens, roleText, country, offset), roleText, country);
        }
        String name = text(tokens, n, tokens.size());
        ActorType type = classify(name);
        if (type == ActorType.PERSON && n == tokens.size() - 1 && !isKnownSurname(name)) {
            Optional<Place> people = pluralDemonym(name);
            if (people.isPresent() || GROUP_PLURALS.contains(key(name))) {
                // "Republicans", "Americans": a group of people, not a person named so.
                String c = country != null ? country : people.map(Place::name).orElse(null);
                return new Resolution(new Actor(stripDeterminer(text(tokens, 0, tokens.size())), ActorType.UNNAMED_GROUP,
                        roleText, c, null), roleText, c);
            }
        }
        if (type == ActorType.COUNTRY) {
            String countryName = name;
            return of(countryActor(gazetteer.country(countryName).or(() -> gazetteer.countryOfCapital(countryName)).get()));
        }
        if (type == ActorType.ORGANIZATION && gazetteer.entity(name).isEmpty() && n > nameStart) {
            // "the Security Council", "the State Department": capitalised title words before an
            // organisation word are part of its name, not a role ("Council" with role "Security").
            int from = n;
            while (from > nameStart && orgNameWord(tokens.get(from - 1))) {
                from--;
            }
            if (from < n) {
                name = text(tokens, from, tokens.size());
                roleText = null;
            }
        }
        if (type == ActorType.ORGANIZATION) {
            Optional<Gazetteer.KnownEntity> org = gazetteer.entity(name);
            return new Resolution(org.map(e -> known(e, null))
                    .orElse(new Actor(stripDeterminer(name), ActorType.ORGANIZATION, roleText, country, null)), roleText, country);
        }
        String full = name.contains(" ") ? canonicalPerson(name) : fullNames.getOrDefault(key(name), canonicalPerson(name));
        if (!name.contains(" ")) {
            fullNames.putIfAbsent(key(name), full);
        } else {
            fullNames.putIfAbsent(surname(name), full);
        }
        return new Resolution(person(full, roleText, country), roleText, country);
    }

    /**
     * Index of a locative preposition that ends the source's head ("Police in Tulsa", "lawmakers
     * on Capitol Hill"), or -1. Only after a common noun or plural head: in "Sen. Jo Lane of
     * Ohio" or a name alone there is nothing to cut.
     */
    private static int locativeCut(List<Token> tokens) {
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("ADP") && LOCATIVE_POST.contains(t.text().toLowerCase(Locale.ROOT))) {
                Token before = tokens.get(k - 1);
                return before.is("NOUN") || GROUP_PLURALS.contains(before.text().toLowerCase(Locale.ROOT)) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * A head with a locative tail: the head names the actor; the place after the preposition is
     * where it is, and gives an unnamed group its country ("officials in Kyiv").
     */
    private Resolution located(List<Token> tokens, int cut, int offset) {
        Resolution head = resolveTokens(tokens.subList(0, cut), offset);
        if (head == null || head.actor() == null) {
            return null;
        }
        Actor a = head.actor();
        if (a.type() != ActorType.UNNAMED_GROUP) {
            return head;
        }
        String where = text(tokens, cut + 1, tokens.size());
        String country = a.country() != null ? a.country()
                : gazetteer.country(stripDeterminer(where)).or(() -> gazetteer.countryOfCapital(stripDeterminer(where)))
                        .or(() -> gazetteer.place(stripDeterminer(where)).flatMap(p -> gazetteer.country(
                                p.country() == null ? "" : p.country())))
                        .map(Place::name).orElse(null);
        Actor group = new Actor(text(tokens, 0, tokens.size()), ActorType.UNNAMED_GROUP, a.role(), country, null);
        return new Resolution(group, head.role(), country != null ? country : head.country());
    }

    /** A capitalised word that can begin an organisation's name: no honorific, nationality or country. */
    private boolean orgNameWord(Token t) {
        String w = t.text();
        return Character.isUpperCase(w.charAt(0)) && !t.is("DET") && !NON_NAME_PROPN.contains(w.toLowerCase(Locale.ROOT))
                && gazetteer.countryOfDemonym(w).isEmpty() && gazetteer.country(w).isEmpty()
                && gazetteer.seatOfPower(w).isEmpty();
    }

    /**
     * Whether a name is only a generic organisation word ("the Committee", "the Department"): a
     * reference back to an organisation named in full, not a name of its own.
     */
    public static boolean isGenericOrganisation(String name) {
        String w = stripDeterminer(name.strip()).toLowerCase(Locale.ROOT);
        return GENERIC_ORG_HEADS.contains(w);
    }

    /** Whether a word heads an organisation's name ("Committee", "Department"). */
    public static boolean isOrganisationWord(String word) {
        return ORG_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Start of an organisation name with an "of" tail filling the whole span ("the Department of
     * Homeland Security", "the International Committee of the Red Cross"), or -1: a capitalised
     * organisation word before "of", and only capitalised words (with "the", "and", "for") after.
     */
    private int organisationWithTail(List<Token> tokens) {
        int of = -1;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).text().equals("of")) {
                of = k;
                break;
            }
        }
        if (of < 0 || !Character.isUpperCase(tokens.get(of - 1).text().charAt(0))
                || !isOrganisationWord(tokens.get(of - 1).text())) {
            return -1;
        }
        boolean named = false;
        for (int k = of + 1; k < tokens.size(); k++) {
            String w = tokens.get(k).text();
            if (Set.of("the", "and", "for", "of", "&").contains(w)) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0)) || lexicon.isTitleWord(w.toLowerCase(Locale.ROOT))
                    && !DEPARTMENT_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !isOrganisationWord(w)) {
                return -1; // "Committee of the Red Cross spokesman …", "Secretary of State …"
            }
            named = true;
        }
        if (!named) {
            return -1;
        }
        int from = of - 1;
        while (from > 0 && orgNameWord(tokens.get(from - 1))) {
            from--;
        }
        return from;
    }

    /** The country of a plural nationality word ("Americans", "Mexicans"), if it is one. */
    private Optional<Place> pluralDemonym(String word) {
        return word.length() > 3 && word.endsWith("s")
                ? gazetteer.countryOfDemonym(word.substring(0, word.length() - 1)) : Optional.empty();
    }

    /** Whether a one-word name is the surname of a full name the article uses ("Blinken"). */
    public boolean isKnownSurname(String word) {
        return fullNames.containsKey(key(word));
    }

    private Actor titleOnly(List<Token> tokens, String role, String country, int offset) {
        Token head = tokens.get(tokens.size() - 1);
        boolean singular = head.lemma().equals(head.text().toLowerCase(Locale.ROOT));
        boolean definite = tokens.get(0).text().equalsIgnoreCase("the");
        // "the State Secretary": a definite singular title refers to a person named earlier with it.
        if (definite && singular && lexicon.isTitleWord(head.lemma())) {
            for (int k = speakers.size() - 1; k >= 0; k--) {
                Actor a = speakers.get(k).actor();
                if (a.type() == ActorType.PERSON && a.role() != null
                        && a.role().toLowerCase(Locale.ROOT).contains(head.lemma())) {
                    return a;
                }
            }
        }
        String label = text(tokens, 0, tokens.size());
        return new Actor(label, ActorType.UNNAMED_GROUP, role, country, null);
    }

    private Actor pronoun(String p, int offset) {
        if (PERSON_PRONOUNS.contains(p)) {
            Actor recent = recent(speakers, offset, ActorType.PERSON, 600);
            return recent != null ? recent : recent(personMentions, offset, ActorType.PERSON, Integer.MAX_VALUE);
        }
        if (GROUP_PRONOUNS.contains(p)) {
            for (int k = speakers.size() - 1; k >= 0; k--) {
                Mention m = speakers.get(k);
                if (m.offset() < offset && offset - m.offset() < 600 && m.actor().type() != ActorType.PERSON) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    private static Actor recent(List<Mention> mentions, int offset, ActorType type, int window) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.offset() < offset && offset - m.offset() <= window && m.actor().type() == type
                    && (best == null || m.offset() > best.offset())) {
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }

    /** The kind of actor a bare name is, by the gazetteer and the shape of the name. */
    public ActorType classify(String name) {
        String bare = stripDeterminer(name);
        if (gazetteer.country(bare).isPresent() || gazetteer.countryOfCapital(bare).isPresent()) {
            return ActorType.COUNTRY;
        }
        Optional<Gazetteer.KnownEntity> known = gazetteer.entity(bare);
        if (known.isPresent()) {
            return known.get().type();
        }
        if (gazetteer.place(bare).isPresent() || gazetteer.seatOfPower(bare).isPresent()) {
            return ActorType.ORGANIZATION;
        }
        for (String w : bare.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ORG_WORDS.contains(w)) {
                return ActorType.ORGANIZATION;
            }
        }
        String[] words = bare.split("\\s+");
        if (words.length >= 2 && COMPANY_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return ActorType.ORGANIZATION; // "Patriot Coal said", "Murray Energy declined"
        }
        if (bare.length() > 1 && bare.equals(bare.toUpperCase(Locale.ROOT))) {
            return ActorType.ORGANIZATION; // acronyms: "CNN", "NATO"
        }
        if (gazetteer.placeShaped(bare)) {
            return ActorType.ORGANIZATION; // "Capitol Hill said": a place standing for who is there, as gazetteer places
        }
        return ActorType.PERSON;
    }

    /**
     * The person actor for a full name; what earlier mentions said (role, country) is kept, so a
     * later "Blinken" is the same actor as "US Secretary of State Antony Blinken".
     */
    private Actor person(String fullName, String role, String country) {
        Optional<Gazetteer.KnownEntity> known = gazetteer.entity(fullName);
        Actor fresh = known.isPresent() && known.get().type() == ActorType.PERSON
                ? known(known.get(), role)
                : new Actor(fullName, ActorType.PERSON, role, country, null);
        Actor earlier = people.get(fresh.name());
        Actor merged = earlier == null ? fresh
                : new Actor(fresh.name(), ActorType.PERSON, earlier.role() != null ? earlier.role() : fresh.role(),
                        earlier.country() != null ? earlier.country() : fresh.country(), fresh.wikidata());
        people.put(merged.name(), merged);
        return merged;
    }

    private static Actor known(Gazetteer.KnownEntity e, String role) {
        return new Actor(e.label(), e.type(), role, e.country(), e.qid());
    }

    private static Actor countryActor(Place c) {
        return new Actor(c.name(), ActorType.COUNTRY, null, c.name(), c.wikidata());
    }

    private String canonicalPerson(String name) {
        return gazetteer.entity(name).filter(e -> e.type() == ActorType.PERSON).map(Gazetteer.KnownEntity::label)
                .orElse(name);
    }

    private record Name(List<Token> tokens, String text) {}

    private Name name(List<Token> run) {
        int k = 0;
        // "Charlotte Mayor Jennifer Roberts": the name starts after the last title word in the run.
        for (int t = run.size() - 2; t > 0; t--) {
            String w = run.get(t).text().toLowerCase(Locale.ROOT);
            if (!w.equals("of") && lexicon.isTitleWord(w)) {
                k = t + 1;
                break;
            }
        }
        while (k < run.size() - 1 && (lexicon.isTitleWord(run.get(k).text().toLowerCase(Locale.ROOT))
                || gazetteer.countryOfDemonym(run.get(k).text()).isPresent()
                || gazetteer.country(run.get(k).text()).isPresent()
                || gazetteer.seatOfPower(run.get(k).text()).isPresent()
                || gazetteer.entity(run.get(k).text()).filter(e -> e.type() == ActorType.ORGANIZATION).isPresent()
                || NON_NAME_PROPN.contains(run.get(k).text().toLowerCase(Locale.ROOT))
                || PARTY_WORDS.contains(run.get(k).text().toLowerCase(Locale.ROOT)) && k < run.size() - 2)) {
            k++;
        }
        List<Token> rest = run.subList(k, run.size());
        return new Name(rest, text(rest, 0, rest.size()));
    }

    private boolean noTitleWords(List<Token> tokens) {
        // "of" is listed for "Secretary of State" but is no title by itself ("Committee of the Red Cross").
        return tokens.stream().map(t -> t.text().toLowerCase(Locale.ROOT))
                .noneMatch(w -> !w.equals("of") && lexicon.isTitleWord(w));
    }

    /** Proper-noun tokens, and capitalised words the tagger missed ("Vyacheslav"), initials. */
    public boolean isNameToken(Token t) {
        String w = t.text();
        if (t.is("PROPN") || w.equals(".") || w.equals("-") || NAME_PARTICLES.contains(w)) {
            return true;
        }
        return (t.is("NOUN") || t.is("ADJ") || t.is("X")) && Character.isUpperCase(w.charAt(0))
                && !lexicon.isTitleWord(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isInitial(Sentence s, int j) {
        return s.token(j).text().equals(".") && j > 0 && s.token(j - 1).end() == s.token(j).begin()
                && s.token(j - 1).text().length() == 1 && j + 1 < s.size() && s.token(j + 1).is("PROPN");
    }

    private static String surname(String fullName) {
        String[] parts = fullName.split("\\s+");
        return key(parts[parts.length - 1]);
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripDeterminer(String s) {
        return s.replaceFirst("^(?i)the\\s+", "");
    }

    private static String titleCase(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String cleanRole(String role) {
        String r = role.replaceAll("\\s+('s|’s)", "").replaceAll("^(?i)(the|a|an)\\s+", "").trim();
        return r.isEmpty() ? null : r;
    }

    private String text(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return "";
        }
        return doc.text().substring(tokens.get(from).begin(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
    }
}
