package com.onecodepass.web.surge;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Probes for the load balancer: {@code /health/live} (the process answers) and {@code
 * /health/ready} (this node should get traffic). A node stops being ready the moment its deployment
 * starts to stop, so the balancer drains it before requests fail. A database outage does not make a
 * node unready: it still shows and verifies codes from the cache.
 */
@WebServlet("/health/*")
@WebListener
public class HealthServlet extends HttpServlet implements ServletContextListener {

  private static final long serialVersionUID = 1L;
  private static volatile boolean ready;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ready = true;
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    ready = false;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    boolean up = "/live".equals(req.getPathInfo()) || ready;
    res.setStatus(up ? 200 : 503);
    res.setContentType("application/json");
    res.setHeader("Cache-Control", "no-store");
    res.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }
}
