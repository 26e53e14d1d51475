package com.onecodepass.web.verify;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Opens the verification page for a personal code scanned by a phone camera (/c/TOKEN). */
@WebServlet("/c/*")
public class ScannedLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    request.setAttribute(VerifyCode.TOKEN_ATTRIBUTE, token);
    request.getRequestDispatcher("/verify.xhtml").forward(request, response);
  }
}
