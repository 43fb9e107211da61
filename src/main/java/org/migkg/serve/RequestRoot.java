package org.migkg.serve;

import jakarta.servlet.http.HttpServletRequest;

/** The server's root URL as the client reached it (scheme, host, port, context path), ending in '/'. */
final class RequestRoot {
    private RequestRoot() {}

    static String of(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        String uri = req.getRequestURI();
        return url.substring(0, url.length() - uri.length()) + req.getContextPath() + "/";
    }
}
