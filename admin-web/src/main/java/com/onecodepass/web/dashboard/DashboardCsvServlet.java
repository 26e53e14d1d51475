package com.onecodepass.web.dashboard;

import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.dashboard.boundary.DashboardService;
import com.onecodepass.web.dashboard.entity.DashboardRefused;
import com.onecodepass.web.dashboard.entity.DashboardView;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code /staff/dashboard.csv?table=colours|tests|hours&district=…}: one dashboard table as a CSV
 * download, scoped exactly like the page (the same service call). UTF-8 with a byte-order mark, so
 * spreadsheet programs show the Chinese headers. web.xml limits it to officers.
 */
@WebServlet("/staff/dashboard.csv")
public class DashboardCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB DashboardService service;
  @Inject StaffAccess access;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale =
        "en".equals(req.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    String table = req.getParameter("table");
    if (table == null || !DashboardTables.isTable(table)) {
      plain(res, HttpServletResponse.SC_BAD_REQUEST, text.getString("dashboard.unknownTable"));
      return;
    }
    DashboardView view;
    try {
      view = service.show(access.scope(), req.getParameter("district"), ClientAddress.of(req));
    } catch (DashboardRefused e) {
      plain(res, HttpServletResponse.SC_FORBIDDEN, text.getString(e.messageKey()));
      return;
    }
    String name =
        "dashboard-"
            + table
            + "-"
            + (view.districtCode() == null ? "city" : view.districtCode())
            + ".csv";
    res.setContentType("text/csv;charset=UTF-8");
    res.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    res.setHeader("Cache-Control", "no-store");
    byte[] body =
        ("\uFEFF" + DashboardTables.csv(table, view, text)).getBytes(StandardCharsets.UTF_8);
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  private static void plain(HttpServletResponse res, int status, String message)
      throws IOException {
    res.setStatus(status);
    res.setContentType("text/plain;charset=UTF-8");
    res.getWriter().write(message);
  }
}
