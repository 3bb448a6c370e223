package org.claimgraph.serve;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The read-only part of Fuseki's FMod_Admin that the UI (FMod_UI) relies on: the server-control
 * attribute FMod_UI looks up, the dataset list and server status the UI pages call, ping and stats.
 *
 * <p>Why not FMod_Admin itself: it sets up a writable work area ({@code ./run} or $FUSEKI_BASE),
 * also serves any dataset configured in that area, and exposes dataset creation/deletion, backup
 * and compaction over HTTP. claimgraph serves one dataset, read-only, and writes nothing.
 */
final class ReadOnlyUiSupport implements FusekiModule {
    private final Path baseDir;

    /** @param baseDir an empty directory; FMod_UI would serve {@code baseDir/webapp} if it existed */
    ReadOnlyUiSupport(Path baseDir) {
        this.baseDir = baseDir;
    }

    @Override
    public String name() {
        return "claimgraph read-only UI support";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // No serverCtl.setup(): that would write config files and templates into baseDir.
        builder.addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(baseDir))
                .addServlet("/$/datasets/*", new ActionDatasets())
                .addServlet("/$/server", new ActionServerStatus())
                .addFilter("/$/datasets/*", new ReadOnlyAdminFilter())
                .addFilter("/$/server", new ReadOnlyAdminFilter())
                .enablePing(true)
                .enableStats(true);
    }
}
