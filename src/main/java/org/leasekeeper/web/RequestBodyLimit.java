package org.leasekeeper.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies over {@code leasekeeper.api.max-body-size} (default 64 KiB) with the
 * {@code payload-too-large} problem (413): at once when {@code Content-Length} says so, else when a chunked
 * body grows past the limit while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    RequestBodyLimit(@Value("${leasekeeper.api.max-body-size:64KB}") DataSize maxBodySize, ProblemWriter problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE.problem(TooLarge.DETAIL));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            private @org.jspecify.annotations.Nullable ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new Limited(super.getInputStream(), maxBytes);
                }
                return limited;
            }
        }, response);
    }

    /** A body grew past the limit while it was read. */
    static final class TooLarge extends IOException {
        static final String DETAIL = "The request body is larger than this server accepts.";

        TooLarge() {
            super(DETAIL);
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
