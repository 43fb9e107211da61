package org.migkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a limit with 413, so one client cannot make the server parse a huge query. A declared
 * Content-Length is checked before anything is read; a chunked body is counted as it is read and cut off at the limit.
 */
public final class RequestSizeLimit implements Filter {
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    /** Refused bodies up to this many times the limit are read and dropped, so the client sees the 413. */
    private static final long DISCARDED_BODY_FACTOR = 16;

    private final long maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getContentLengthLong() > maxBytes) {
            discardModestBody(http);
            HttpServletResponse out = (HttpServletResponse) response;
            out.setHeader("Connection", "close");
            out.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Request body of " + http.getContentLengthLong() + " bytes is over the limit of " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(http.getContentLengthLong() < 0 ? new Counted(http, maxBytes) : request, response);
    }

    /**
     * Reads and drops a refused body of modest size before answering. A client that sends its body without asking first
     * (no {@code Expect: 100-continue}) would otherwise have the connection closed under it while it writes, and lose
     * the 413 to a reset. A client that asks first is refused before it sends anything; a huge body is not read.
     */
    private void discardModestBody(HttpServletRequest http) throws IOException {
        boolean askedFirst = "100-continue".equalsIgnoreCase(http.getHeader("Expect"));
        if (askedFirst || http.getContentLengthLong() > DISCARDED_BODY_FACTOR * maxBytes) {
            return;
        }
        try {
            http.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException clientWentAway) {
            // The refusal is sent all the same; the connection closes after it.
        }
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int off, int len) throws IOException {
                        int n = inner.read(buffer, off, len);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new IOException("request body over the limit of " + maxBytes + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
