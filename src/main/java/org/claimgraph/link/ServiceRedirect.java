package org.claimgraph.link;

import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Sends a query's {@code SERVICE <from>} calls to another endpoint, for one query execution only
 * (it is installed in that execution's context, never globally). The saved federated query names
 * the public Wikidata service; this lets the same text run against a mirror, a local Fuseki in
 * tests, or any endpoint given with {@code --endpoint}, without editing the query.
 */
public final class ServiceRedirect implements ChainingServiceExecutor {
    private final String from;
    private final String to;

    public ServiceRedirect(String from, String to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** Adds the redirect to a copy of the context's service registry. */
    public static void install(Context context, String from, String to) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get(context).copy();
        registry.addSingleLink(new ServiceRedirect(from, to));
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        if (opExecute.getService().isURI() && opExecute.getService().getURI().equals(from)) {
            OpService redirected = new OpService(NodeFactory.createURI(to), opExecute.getSubOp(), opExecute.getSilent());
            return chain.createExecution(redirected, opOriginal, binding, execCxt);
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
