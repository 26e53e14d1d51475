package com.onecodepass.web.api;

import com.onecodepass.web.integration.control.ApiSettings;
import com.onecodepass.web.integration.entity.Problem;
import com.onecodepass.web.platform.LingeringClose;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Rejects oversized request bodies of the REST and SOAP APIs before any parser sees them: a
 * declared Content-Length over the limit is answered 413 at once; a chunked body is counted and cut
 * off at the limit (the parser then fails with {@link BodyTooLarge}).
 */
@WebFilter(urlPatterns = {"/api/*", "/ws/*"})
public class BodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The body went over the limit while being read. */
  public static class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("request body over the limit");
    }
  }

  /** Whether this filter limits the request's body (its URL patterns). */
  public static boolean guards(HttpServletRequest req) {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    return path.startsWith("/api/") || path.startsWith("/ws/");
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long max = ApiSettings.maxBodyBytes();
    if (req.getContentLengthLong() > max) {
      res.setStatus(413);
      res.setContentType("application/problem+json");
      res.setHeader("Connection", "close");
      LingeringClose.drain(req);
      res.getOutputStream()
          .write(
              ProblemJson.body(Problem.PAYLOAD_TOO_LARGE, "at most " + max + " bytes", null)
                  .getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(new Bounded(req, max), res);
  }

  private static final class Bounded extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    Bounded(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), max);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private long read;

    Counting(ServletInputStream in, long max) {
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
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = in.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > max) {
        throw new BodyTooLarge();
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
