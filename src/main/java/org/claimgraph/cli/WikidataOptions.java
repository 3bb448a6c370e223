package org.claimgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.claimgraph.link.WikidataSettings;
import picocli.CommandLine.Option;

/**
 * The Wikidata options shared by the commands that link entities ({@code wikidata link}, and
 * {@code ingest}/{@code demo} when they mix this in with {@code @Mixin WikidataOptions}).
 */
public final class WikidataOptions {
    @Option(names = "--wikidata", paramLabel = "MODE", defaultValue = "offline",
            description = "Wikidata linking: offline (default: the Wikidata graph shipped with claimgraph, no network)"
                    + " or online (the Wikidata query service, cached on disk).")
    String mode;

    @Option(names = "--wikidata-endpoint", paramLabel = "URL",
            description = "Query service for --wikidata online (default: https://query.wikidata.org/sparql).")
    URI endpoint;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Cache folder for --wikidata online (default: ~/.cache/claimgraph/wikidata).")
    Path cache;

    /** The settings these options describe; an unknown mode is a usage error. */
    public WikidataSettings settings() {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "offline" -> WikidataSettings.offline();
            case "online" -> WikidataSettings.online(endpoint, cache);
            default -> throw new IllegalArgumentException("--wikidata must be offline or online (was '" + mode + "')");
        };
    }
}
