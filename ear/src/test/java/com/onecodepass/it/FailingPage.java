package com.onecodepass.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A page that fails, added to the application only by tests that need its 500 page. */
@WebServlet("/it-fails")
public class FailingPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) {
    throw new IllegalStateException("a server fault, on purpose");
  }
}
