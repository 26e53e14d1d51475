package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST API's refusals that never reach an exception mapper: RESTEasy's servlet dispatcher
 * parses Accept, Content-Type and the language headers before its pipeline starts and answers an
 * unparsable one with the container's {@code sendError(400)} — a text/html page (found by
 * HostileInputIT). Here every such error becomes problem+json, so an integrator's client reads one
 * format whatever refused it.
 */
@WebFilter("/api/*")
public class ProblemErrorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req, new ProblemErrors(res));
  }

  private static final class ProblemErrors extends HttpServletResponseWrapper {

    ProblemErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    // The container's message is not passed on: it can name internals.
    @Override
    public void sendError(int status, String ignored) throws IOException {
      if (isCommitted()) {
        super.sendError(status);
        return;
      }
      Problem problem = status >= 500 ? Problem.INTERNAL_ERROR : Problem.ofStatus(status);
      resetBuffer();
      setStatus(status);
      setContentType(ProblemJson.MEDIA_TYPE);
      byte[] body = ProblemJson.body(problem, null, null).getBytes(StandardCharsets.UTF_8);
      setContentLength(body.length);
      getOutputStream().write(body);
      flushBuffer();
    }
  }
}
