package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void slugKeepsSafeCharactersOnly() {
        assertEquals("Kyiv-talks_2022.v2", Ids.slug("Kyiv talks_2022.v2"));
        assertEquals("Sao-Paulo-ecole", Ids.slug("São Paulo / école"));
        assertEquals("a-b", Ids.slug("--a//b.."));
        String s = Ids.slug("../../weird id?&#");
        assertTrue(s.matches("[A-Za-z0-9._-]+"), s);
        assertEquals(s, Ids.slug(s), "idempotent");
    }

    @Test
    void slugOfNothingUsableIsAStableHash() {
        String a = Ids.slug("日本");
        assertTrue(a.matches("id-[0-9a-f]{8}"), a);
        assertEquals(a, Ids.slug("日本"));
        assertNotEquals(a, Ids.slug("中国"));
        assertTrue(Ids.slug("..").startsWith("id-"));
    }

    @Test
    void longSlugsAreCutButStayDistinct() {
        String a = Ids.slug("x".repeat(300) + "a");
        String b = Ids.slug("x".repeat(300) + "b");
        assertTrue(a.length() <= Ids.MAX_LENGTH, a);
        assertNotEquals(a, b);
    }

    @Test
    void fromUrlUsesHostAndPath() {
        assertEquals("example.org-world-2022-03-30-talks", Ids.fromUrl("https://www.Example.org/world/2022/03/30/talks.html?ref=rss#top"));
        assertEquals("news.example.com-a", Ids.fromUrl("http://news.example.com/a/"));
        assertEquals("not-a-url", Ids.fromUrl("not a url"));
    }

    @Test
    void fromRelativePathDropsExtension() {
        assertEquals("2022-march-talks", Ids.fromRelativePath("2022/march/talks.txt"));
        assertEquals("a-b.c", Ids.fromRelativePath("a\\b.c.json"));
        assertEquals("noext", Ids.fromRelativePath("noext"));
    }
}
