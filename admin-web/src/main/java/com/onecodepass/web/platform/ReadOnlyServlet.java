package com.onecodepass.web.platform;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet that only reads (GET and HEAD). Any other method is refused with 405 and an {@code
 * Allow} header, as the REST and Faces endpoints answer it; {@link HttpServlet} itself answers
 * methods it does not know (PATCH, WebDAV's) with 501, which callers read as a server fault.
 */
public abstract class ReadOnlyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res)
      throws ServletException, IOException {
    String method = req.getMethod();
    if (method.equals("GET") || method.equals("HEAD")) {
      super.service(req, res);
      return;
    }
    res.setHeader("Allow", "GET, HEAD");
    res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
