package com.onecodepass.web.assets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The static assets (CSS, JS, images) under WEB-INF/assets, fingerprinted and compressed once at
 * start-up. Each is published as {@code /static/<name>.<hash>.<ext>}: the content hash in the name
 * lets browsers and any CDN in front keep it forever ({@code immutable}); a changed file gets a new
 * name. Pages link them with {@code #{assets.url('app.css')}}.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

  public static final String PREFIX = "/static/";
  private static final String SOURCE = "/WEB-INF/assets/";

  private final Map<String, Asset> byPublicName = new ConcurrentHashMap<>();
  private final Map<String, String> urlByLogicalName = new ConcurrentHashMap<>();
  private String contextPath = "";

  void load(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    contextPath = context.getContextPath();
    Set<String> paths = context.getResourcePaths(SOURCE);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        continue;
      }
      String logical = path.substring(SOURCE.length());
      try (InputStream in = context.getResourceAsStream(path)) {
        Asset asset = Asset.of(logical, in.readAllBytes());
        byPublicName.put(asset.publicName(), asset);
        urlByLogicalName.put(logical, contextPath + PREFIX + asset.publicName());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read asset " + path, e);
      }
    }
  }

  /** The fingerprinted URL of an asset, e.g. {@code /static/app.3f2a9c1b7d.css}. */
  public String url(String logicalName) {
    String url = urlByLogicalName.get(logicalName);
    if (url == null) {
      throw new IllegalArgumentException("no asset " + logicalName + " under " + SOURCE);
    }
    return url;
  }

  public Asset byPublicName(String publicName) {
    return byPublicName.get(publicName);
  }

  public Set<String> publicNames() {
    return byPublicName.keySet();
  }

  /** One asset: its bytes, their gzip form (when smaller), and its content type. */
  public record Asset(String publicName, String contentType, byte[] plain, byte[] gzip) {

    static Asset of(String logicalName, byte[] bytes) {
      int dot = logicalName.lastIndexOf('.');
      String base = dot < 0 ? logicalName : logicalName.substring(0, dot);
      String ext = dot < 0 ? "" : logicalName.substring(dot + 1);
      String publicName = base + "." + hash(bytes) + (ext.isEmpty() ? "" : "." + ext);
      byte[] gz = gzip(bytes);
      return new Asset(publicName, contentType(ext), bytes, gz.length < bytes.length ? gz : null);
    }

    private static String hash(byte[] bytes) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        return HexFormat.of().formatHex(digest, 0, 5);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private static byte[] gzip(byte[] bytes) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz =
          new GZIPOutputStream(out) {
            {
              def.setLevel(Deflater.BEST_COMPRESSION);
            }
          }) {
        gz.write(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    private static String contentType(String ext) {
      return switch (ext) {
        case "css" -> "text/css; charset=utf-8";
        case "js" -> "text/javascript; charset=utf-8";
        case "svg" -> "image/svg+xml";
        case "png" -> "image/png";
        case "ico" -> "image/x-icon";
        case "woff2" -> "font/woff2";
        case "json", "webmanifest" -> "application/manifest+json";
        default -> "application/octet-stream";
      };
    }
  }
}
