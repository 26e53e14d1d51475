package com.onecodepass.it;

import com.onecodepass.codeissue.api.citizen.CitizenRegistration;
import com.onecodepass.codeissue.api.citizen.Registration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Test fixtures for the client-side integrator tests, served by the test WAR (/ocp-it): a fresh
 * client, a registered person, and an outage of the database as the application sees it (every
 * pooled connection taken for a while, so that the next one times out like an unreachable server).
 */
@WebServlet("/integrator-fixtures/*")
public class IntegratorFixtures extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int MAX_HELD = 500;

  @EJB CitizenRegistration registration;

  @Resource(lookup = "java:jboss/datasources/OcpDS")
  DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("text/plain;charset=UTF-8");
    PrintWriter out = res.getWriter();
    try {
      switch (String.valueOf(req.getPathInfo())) {
        case "/client" -> {
          Integrators.Client client =
              Integrators.client(
                  dataSource,
                  req.getParameter("scopes"),
                  Integer.parseInt(req.getParameter("perSecond")));
          out.println(client.id());
          out.println(client.secret());
        }
        case "/person" -> {
          String residentId = TestPeople.residentId();
          registration.register(new Registration("赵敏", residentId, TestPeople.mobile(), "610113"));
          out.println(residentId);
        }
        case "/outage" -> holdEveryConnection(Long.parseLong(req.getParameter("millis")), out, res);
        default -> res.sendError(404);
      }
    } catch (SQLException | InterruptedException e) {
      throw new IOException(e);
    }
  }

  /** Answers "held N" as soon as the pool is empty, then keeps it empty for the given time. */
  private void holdEveryConnection(long millis, PrintWriter out, HttpServletResponse res)
      throws IOException, InterruptedException {
    List<Connection> held = new ArrayList<>();
    try {
      while (held.size() < MAX_HELD) {
        try {
          held.add(dataSource.getConnection());
        } catch (SQLException poolEmpty) {
          break;
        }
      }
      out.println("held " + held.size());
      out.flush();
      res.flushBuffer();
      Thread.sleep(millis);
    } finally {
      for (Connection c : held) {
        try {
          c.close();
        } catch (SQLException e) {
          // released with the pool's own clean-up
        }
      }
    }
    out.println("released");
  }
}
