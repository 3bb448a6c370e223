package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Lets the UI read the admin endpoints it needs (dataset list, server status) while refusing any
 * request that would change the server, e.g. creating or deleting a dataset.
 */
final class ReadOnlyAdminFilter implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && !READ_METHODS.contains(http.getMethod())) {
            out.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "claimgraph serves this dataset read-only");
            return;
        }
        chain.doFilter(request, response);
    }
}
