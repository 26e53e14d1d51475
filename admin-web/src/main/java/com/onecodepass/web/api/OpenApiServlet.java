package com.onecodepass.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * The REST contract: the committed OpenAPI 3 document (WEB-INF/openapi/openapi.yaml), served as it
 * is; the system tests validate it with swagger-parser and call every operation it lists.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    try (InputStream in =
        getServletContext().getResourceAsStream("/WEB-INF/openapi/openapi.yaml")) {
      res.setContentType("application/yaml;charset=UTF-8");
      res.setHeader("Cache-Control", "public, max-age=300");
      in.transferTo(res.getOutputStream());
    }
  }
}
