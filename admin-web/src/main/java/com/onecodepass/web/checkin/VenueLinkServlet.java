package com.onecodepass.web.checkin;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Opens the check-in page for a venue poster scanned by a phone camera (/v/TOKEN). */
@WebServlet("/v/*")
public class VenueLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    request.setAttribute(VenueCheckIn.TOKEN_ATTRIBUTE, token);
    request.getRequestDispatcher("/checkin.xhtml").forward(request, response);
  }
}
