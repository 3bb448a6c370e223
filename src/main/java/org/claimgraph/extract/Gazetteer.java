package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Names the extractor recognises: countries (with aliases, demonyms and capitals), cities and
 * regions, and people and organisations whose Wikidata items are confirmed. Immutable after
 * construction, so one instance is shared by all threads.
 */
public final class Gazetteer {
    /** A known person or organisation. */
    public record KnownEntity(String qid, String label, ActorType type, String description, String country) {}

    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, Place> countriesByName = new HashMap<>();
    private final Map<String, Place> countriesByDemonym = new HashMap<>();
    private final Map<String, Place> countriesByCapital = new HashMap<>();
    private final Map<String, KnownEntity> entities = new HashMap<>();
    private final Map<String, String> seatsOfPower = new HashMap<>();
    private int longestName = 1;

    public Gazetteer() {
        readTsv("/org/claimgraph/gazetteer/countries.tsv", this::addCountry);
        readTsv("/org/claimgraph/gazetteer/places.tsv", this::addPlace);
        readTsv("/org/claimgraph/gazetteer/entities.tsv", this::addEntity);
        readTsv("/org/claimgraph/gazetteer/seats-of-power.tsv", r -> seatsOfPower.put(key(r[0]), r[1]));
    }

    private void addCountry(String[] r) {
        // qid name aliases iso2 iso3 demonyms capital latitude longitude
        Place p = new Place(r[1], "country", r[1], r[0], parse(r[7]), parse(r[8]));
        putName(countriesByName, r[1], p);
        for (String alias : split(r[2])) {
            putName(countriesByName, alias, p);
        }
        for (String d : split(r[5])) {
            countriesByDemonym.putIfAbsent(key(d), p);
        }
        if (!r[6].isBlank()) {
            countriesByCapital.putIfAbsent(key(r[6]), p);
        }
    }

    private void addPlace(String[] r) {
        // name aliases kind country qid
        String qid = r.length > 4 && !r[4].isBlank() ? r[4] : null;
        Place p = new Place(r[0], r[2], r[3].isBlank() ? null : r[3], qid, null, null);
        putName(places, r[0], p);
        for (String alias : split(r[1])) {
            putName(places, alias, p);
        }
    }

    private void addEntity(String[] r) {
        // qid label kind aliases description country
        ActorType type = r[2].equals("person") ? ActorType.PERSON : ActorType.ORGANIZATION;
        KnownEntity e = new KnownEntity(r[0], r[1], type, r[4], r.length > 5 && !r[5].isBlank() ? r[5] : null);
        entities.putIfAbsent(key(r[1]), e);
        for (String alias : split(r[3])) {
            entities.putIfAbsent(key(alias), e);
        }
    }

    private void putName(Map<String, Place> map, String name, Place p) {
        map.putIfAbsent(key(name), p);
        longestName = Math.max(longestName, name.split("\\s+").length);
    }

    /** A country by its name or alias ("US", "Britain"). */
    public Optional<Place> country(String name) {
        return Optional.ofNullable(countriesByName.get(key(name)));
    }

    /** The country a demonym refers to ("Ukrainian" → Ukraine). */
    public Optional<Place> countryOfDemonym(String word) {
        return Optional.ofNullable(countriesByDemonym.get(key(word)));
    }

    /** The country whose capital this is ("Moscow" → Russia), for metonymy. */
    public Optional<Place> countryOfCapital(String name) {
        return Optional.ofNullable(countriesByCapital.get(key(name)));
    }

    /** A country, city or region by name or alias. */
    public Optional<Place> place(String name) {
        Place p = countriesByName.get(key(name));
        return Optional.ofNullable(p != null ? p : places.get(key(name)));
    }

    /**
     * Whether a capitalised name not in the gazetteer is shaped like a place: it ends in a place
     * noun ("Orange County", "Capitol Hill", "Kansas City", "Midway Atoll"), starts with a place
     * prefix ("San Bernardino", "Fort Wayne", "St. Louis", "Las Vegas"), or is a compass word
     * before a known place ("South Florida", "Eastern Europe"). Such a name is where something
     * happens, never a person.
     */
    public boolean placeShaped(String name) {
        String[] words = key(name).split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        String first = words[0];
        for (String w : words) {
            if (SpeakerResolver.isOrganisationWord(w)) {
                return false; // "Los Angeles Times", "West Virginia University": an organisation
            }
        }
        // A prefix only in a two-word name: "San Bernardino", but not "San Suu Kyi" cut from "Aung San Suu Kyi".
        if (PLACE_HEADS.contains(last) || words.length == 2 && PLACE_PREFIXES.contains(first)) {
            return true;
        }
        return COMPASS.contains(first) && place(name.strip().substring(name.strip().indexOf(' ') + 1)).isPresent();
    }

    /**
     * A gazetteer place, or a place-shaped name ({@link #placeShaped}) as a place of its own, in the
     * country of the known place a compass word qualifies ("South Florida").
     */
    public Optional<Place> placeOrShaped(String name) {
        Optional<Place> known = place(name);
        if (known.isPresent() || !placeShaped(name)) {
            return known;
        }
        String bare = name.strip().replaceFirst("^(?i)the\\s+", "");
        String country = place(bare.substring(bare.indexOf(' ') + 1))
                .map(p -> p.kind().equals("country") ? p.name() : p.country()).orElse(null);
        return Optional.of(new Place(bare, "place", country, null, null, null));
    }

    /** Last words that make a name a place ("Orange County"). */
    private static final Set<String> PLACE_HEADS = Set.of("city", "county", "hill", "hills", "springs", "beach",
            "heights", "valley", "island", "islands", "atoll", "bay", "lake", "river", "mountain", "mountains",
            "falls", "harbor", "harbour", "village", "township", "parish", "borough", "coast", "canyon", "desert",
            "peninsula", "straits", "strait", "sea", "ocean", "gulf", "province", "oblast", "district", "zero");
    // Organisation words (SpeakerResolver.isOrganisationWord) veto all of these: "Kansas City Council".
    /** First words that make a name a place ("San Bernardino", "Fort Wayne"). */
    private static final Set<String> PLACE_PREFIXES = Set.of("san", "santa", "los", "las", "fort", "ft.", "port",
            "mount", "mt.", "st.", "lake");
    /** Compass words that make a name a place when the rest is one ("South Florida", "Eastern Europe"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central",
            "upstate", "downstate", "northeast", "northwest", "southeast", "southwest");

    /** A confirmed person or organisation by label or alias. */
    public Optional<KnownEntity> entity(String name) {
        return Optional.ofNullable(entities.get(key(name)));
    }

    /** The country a seat of power stands for ("Kremlin" → Russia), if it is one. */
    public Optional<String> seatOfPower(String name) {
        return Optional.ofNullable(seatsOfPower.get(key(name)));
    }

    /** Longest name in tokens, bounding the look-ahead of a longest-match scan. */
    public int longestName() {
        return longestName;
    }

    private static String key(String s) {
        String k = s.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Double parse(String s) {
        try {
            return s.isBlank() ? null : Double.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static void readTsv(String resource, Consumer<String[]> row) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
