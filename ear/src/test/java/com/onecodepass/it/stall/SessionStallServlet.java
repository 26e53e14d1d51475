package com.onecodepass.it.stall;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * Test only: {@code GET /it-session-stall?id=…&seconds=N&waitMillis=W} stalls session {@code id}
 * (as the browser's cookie names it) for N seconds, its lookups failing after W ms.
 */
@WebServlet("/it-session-stall")
public class SessionStallServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String id = SessionStall.plain(req.getParameter("id"));
    long seconds = Long.parseLong(req.getParameter("seconds"));
    SessionStall.waitMillis = Long.parseLong(req.getParameter("waitMillis"));
    SessionStall.STALLED.put(id, Instant.now().plusSeconds(seconds));
    res.setContentType("text/plain");
    res.getWriter().print("stalled");
  }
}
