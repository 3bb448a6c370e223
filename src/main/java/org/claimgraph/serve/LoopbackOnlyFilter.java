package org.claimgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Keeps Fuseki's admin area ({@code /$/...}) for requests from this machine: a request whose
 * socket peer is not a loopback address gets 403. Health checks ({@code /$/ping}) stay open, as in
 * Fuseki's own default security setup.
 *
 * <p>Only the TCP peer address counts, never a header such as X-Forwarded-For, which a client can
 * set to anything. A reverse proxy on the same machine therefore looks local: put the admin area
 * behind the proxy's own access rules when there is one.
 */
final class LoopbackOnlyFilter implements Filter {
    private final Predicate<String> isLocalPeer;

    /** Local means a loopback peer address. */
    LoopbackOnlyFilter() {
        this(LoopbackOnlyFilter::isLoopback);
    }

    /** @param isLocalPeer decides from {@code getRemoteAddr()}; tests pass their own to act as a remote peer */
    LoopbackOnlyFilter(Predicate<String> isLocalPeer) {
        this.isLocalPeer = isLocalPeer;
    }

    private static final Set<String> OPEN = Set.of("/$/ping");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && !OPEN.contains(http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo()))
                && !isLocalPeer.test(http.getRemoteAddr())) {
            out.sendError(HttpServletResponse.SC_FORBIDDEN,
                    "the admin area /$/ answers requests from the server machine itself only");
            return;
        }
        chain.doFilter(request, response);
    }

    /** True for 127.0.0.0/8 and ::1, in any of the spellings servlet containers use. */
    static boolean isLoopback(String remoteAddr) {
        if (remoteAddr == null || remoteAddr.isEmpty()) {
            return false;
        }
        String a = remoteAddr.startsWith("[") && remoteAddr.endsWith("]")
                ? remoteAddr.substring(1, remoteAddr.length() - 1) : remoteAddr;
        if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
            return false; // not an IP literal: never resolve names here
        }
        try {
            // An IP literal is parsed, not looked up, so this makes no DNS query.
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
