package org.claimgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name normalisation for matching entities across articles.
 *
 * <p>{@link #key} is the strict form (accents folded, case and punctuation ignored, a leading
 * "the" dropped): "The Kremlin" and "kremlin" share it. {@link #skeleton} also forgives the
 * usual transliteration variants of one name, so that "Zelensky", "Zelenskyy" and "Zelenskiy", or
 * "Chernigiv" and "Chernihiv", share it, while "Petrov" and "Petrova" or "Gary" and "Harry" do
 * not. Variants the rules cannot see (Kiev/Kyiv) are joined through Wikidata's altLabels instead.
 */
public final class Names {
    private Names() {}

    /** Lower-case ASCII words separated by single spaces, without a leading article. */
    public static String key(String name) {
        String s = fold(name).toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s\\b", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The words of {@link #key}. */
    public static List<String> tokens(String name) {
        String k = key(name);
        return k.isEmpty() ? List.of() : List.of(k.split(" "));
    }

    /** {@link #key} with each word reduced by {@link #skeletonWord}. */
    public static String skeleton(String name) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(name)) {
            out.add(skeletonWord(t));
        }
        return String.join(" ", out);
    }

    /**
     * One word with transliteration noise removed: "kh" → "h"; "th" → "t" (Anthony/Antony); a
     * "g" between vowels → "h"
     * (Ukrainian г written g or h: Chernigiv/Chernihiv); "y" → "i" (Zelenskyy/Zelenskiy);
     * doubled letters collapsed (after the above, so "yy" and "iy" both become "i").
     */
    public static String skeletonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("kh", "h").replace("th", "t");
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'g' && i > 0 && i + 1 < w.length() && vowel(w.charAt(i - 1)) && vowel(w.charAt(i + 1))) {
                c = 'h';
            } else if (c == 'y') {
                c = 'i';
            }
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Accents removed (é → e), other characters kept. */
    public static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * The name inside a source mention, or null: the words from the first one that matches a word
     * of one of {@code knownNames} (by skeleton) to the end, when that run starts with a capital
     * letter and ends on a matching word. "Ukrainian President Volodymyr Zelensky" with known name
     * "Volodymyr Zelenskyy" gives "Volodymyr Zelensky"; "He" or "the president" give null.
     */
    public static String nameIn(String mention, List<String> knownNames) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String n : knownNames) {
            for (String t : tokens(n)) {
                words.add(skeletonWord(t));
            }
        }
        String[] raw = mention.strip().split("\\s+");
        List<String> clean = new ArrayList<>();
        for (String r : raw) {
            clean.add(r.replaceAll("^[\"“”'(\\[]+", "").replaceAll("(['’]s)?[\"“”',.;:)\\]]*$", ""));
        }
        int start = -1;
        for (int i = 0; i < clean.size(); i++) {
            if (matches(clean.get(i), words)) {
                start = i;
                break;
            }
        }
        if (start < 0 || clean.get(start).isEmpty() || !Character.isUpperCase(clean.get(start).charAt(0))) {
            return null;
        }
        if (!matches(clean.get(clean.size() - 1), words)) {
            return null;
        }
        String name = String.join(" ", clean.subList(start, clean.size())).strip();
        return name.isEmpty() ? null : name;
    }

    private static boolean matches(String word, java.util.Set<String> skeletons) {
        String k = key(word);
        return !k.isEmpty() && !k.contains(" ") && skeletons.contains(skeletonWord(k));
    }
}
