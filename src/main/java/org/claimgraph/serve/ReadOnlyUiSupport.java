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
 * <p>Why not FMod_Admin itself: it sets up a writable work area ({@code ./run} in the working
 * directory or $FUSEKI_BASE; its directory can only be changed through Fuseki's own command line or
 * the environment, not from an embedding program), writes config files and templates there, also
 * serves any dataset configured in that area, may set the JVM-wide system property FUSEKI_SHIRO, and
 * exposes dataset creation and deletion, backup and compaction over HTTP. claimgraph serves one
 * dataset it did not create through Fuseki, writes nothing outside the store, and even with
 * {@code --allow-update} only the data may change, never the server's set of datasets. So this
 * module provides exactly what the UI reads: the dataset list and descriptions, server status,
 * ping and statistics; every other method on them gets 405. {@link LoopbackOnlyFilter} keeps the
 * whole admin area to this machine on top of that.
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
