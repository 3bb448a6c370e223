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
