package com.onecodepass.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The REST contract: the committed OpenAPI 3 document (WEB-INF/openapi/openapi.yaml), served as it
 * is, or as JSON for {@code ?format=JSON} or an {@code Accept} that prefers JSON (tools that read
 * no YAML); the system tests validate it, generate a client from it and call every operation.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final String DOCUMENT = "/WEB-INF/openapi/openapi.yaml";

  private transient volatile byte[] json;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "public, max-age=300");
    res.setHeader("Vary", "Accept");
    if (wantsJson(req)) {
      res.setContentType("application/json;charset=UTF-8");
      res.getOutputStream().write(json());
      return;
    }
    try (InputStream in = getServletContext().getResourceAsStream(DOCUMENT)) {
      res.setContentType("application/yaml;charset=UTF-8");
      in.transferTo(res.getOutputStream());
    }
  }

  static boolean wantsJson(HttpServletRequest req) {
    String format = req.getParameter("format");
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    String accept = req.getHeader("Accept");
    return accept != null
        && accept.toLowerCase(Locale.ROOT).contains("json")
        && !accept.toLowerCase(Locale.ROOT).contains("yaml");
  }

  private byte[] json() throws IOException {
    byte[] document = json;
    if (document == null) {
      try (InputStream in = getServletContext().getResourceAsStream(DOCUMENT)) {
        document = YamlToJson.convert(in).getBytes(StandardCharsets.UTF_8);
      }
      json = document;
    }
    return document;
  }
}
