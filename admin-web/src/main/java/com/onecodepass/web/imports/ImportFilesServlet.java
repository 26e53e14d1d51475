package com.onecodepass.web.imports;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.testing.ResultCsv;
import com.onecodepass.codeissue.api.testing.ResultImports;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.staff.StaffAccess;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of the imports page: {@code sample.csv} (the format by example) and {@code
 * errors.csv?id=N} (an import's rejected rows; audited, district-scoped by the module).
 */
@WebServlet(urlPatterns = {"/staff/imports/sample.csv", "/staff/imports/errors.csv"})
public class ImportFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** One line of each kind the format allows. */
  static final String SAMPLE =
      ResultCsv.HEADER
          + "\r\n"
          + "西安市第一医院检验科,610102199001011231,,2026-11-26 08:30,NEGATIVE\r\n"
          + "\"Jinyu Lab, Xi'an\",,T20261126-0001,2026-11-26T09:00:00+08:00,阴性\r\n"
          + "西安市第一医院检验科,610113198807070016,,2026-11-26 10:05:00,POSITIVE\r\n";

  @EJB transient ResultImports imports;
  @Inject transient StaffAccess staff;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setContentType("text/csv;charset=UTF-8");
    if (req.getServletPath().endsWith("sample.csv")) {
      res.setHeader("Content-Disposition", "attachment; filename=\"results-sample.csv\"");
      res.getOutputStream().write(SAMPLE.getBytes(StandardCharsets.UTF_8));
      return;
    }
    long id;
    try {
      id = Long.parseLong(req.getParameter("id"));
    } catch (NumberFormatException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      // Buffer-free streaming: the check happens before the first byte is written.
      res.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
      imports.writeErrorReport(staff.scope(), id, res.getOutputStream(), ClientAddress.of(req));
    } catch (InvalidInputException e) {
      res.reset();
      res.sendError(
          "import.unknown".equals(e.messageKey())
              ? HttpServletResponse.SC_NOT_FOUND
              : HttpServletResponse.SC_FORBIDDEN);
    }
  }
}
