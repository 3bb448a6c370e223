package org.claimgraph.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.query.Dataset;

/**
 * How to reach Wikidata: offline (default; the store's Wikidata graph, loaded from the shipped
 * offline graph when absent) or online (a query service, the public one unless told otherwise,
 * through an on-disk cache so a second run makes no requests).
 */
public record WikidataSettings(Mode mode, URI endpoint, Path cacheDir, boolean refresh) {
    public enum Mode { OFFLINE, ONLINE }

    public WikidataSettings {
        Objects.requireNonNull(mode, "mode");
        endpoint = endpoint == null ? URI.create(Wd.QUERY_SERVICE) : endpoint;
        cacheDir = cacheDir == null ? RemoteEndpoint.defaultCacheDir() : cacheDir;
    }

    public static WikidataSettings offline() {
        return new WikidataSettings(Mode.OFFLINE, null, null, false);
    }

    public static WikidataSettings online(URI endpoint, Path cacheDir) {
        return new WikidataSettings(Mode.ONLINE, endpoint, cacheDir, false);
    }

    /** The linker for a store; offline mode loads the shipped Wikidata graph into it when absent. */
    public WikidataLinker linker(Dataset dataset) {
        if (mode == Mode.ONLINE) {
            return WikidataLinker.online(new RemoteEndpoint(endpoint, cacheDir, refresh));
        }
        if (!WikidataGraph.isLoaded(dataset)) {
            WikidataGraph.loadInto(dataset);
        }
        return WikidataLinker.offline(dataset);
    }

    /** For messages. */
    public String describe() {
        return mode == Mode.OFFLINE ? "offline Wikidata graph" : endpoint + " (cache " + cacheDir + ")";
    }
}
