package com.onecodepass.web.assets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves {@code /static/*}: immutable, fingerprinted assets, gzip when the client takes it. No
 * session is touched, so a CDN or the load balancer can cache every response.
 */
@WebServlet(StaticAssets.PREFIX + "*")
public class StaticAssetServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject StaticAssets assets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    StaticAssets.Asset asset = assets.byPublicName(name);
    if (asset == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(asset.contentType());
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    response.setHeader("Vary", "Accept-Encoding");
    byte[] body = asset.plain();
    String accept = request.getHeader("Accept-Encoding");
    if (asset.gzip() != null && accept != null && accept.contains("gzip")) {
      response.setHeader("Content-Encoding", "gzip");
      body = asset.gzip();
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
