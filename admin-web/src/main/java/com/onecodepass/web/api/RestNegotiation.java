package com.onecodepass.web.api;

import com.onecodepass.web.integration.entity.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.StringTokenizer;

/**
 * The refusals the JAX-RS runtime (RESTEasy) made before a
 * {@code @POST @Consumes(JSON) @Produces(JSON)} resource method ran, for a servlet that now serves
 * such an operation itself, in RESTEasy's order and as {@link ProblemMappers} answered them: a
 * header it cannot parse (400), a URI it did not match (404), another method (405; OPTIONS is
 * answered with the allowed methods), a body that is not JSON (415), an Accept that excludes JSON
 * (406). Media types are parsed by the JAX-RS runtime's own header delegate, so what it could not
 * parse is still refused.
 *
 * <p>Where RESTEasy's answer was an accident, it is kept if harmless and replaced if not. A
 * Content-Type of {@code *}{@code /*} found no JSON reader but the plain-text one, which made the
 * whole body the token: kept ({@link Body#TEXT}). A Content-Type whose q parameter is not a number
 * was a 500 (its sort threw): now the 400 every other unparsable weight gets. A JSON type spelt in
 * capitals went to the Jackson reader, whose refusals were not problem+json: now read as JSON.
 */
public final class RestNegotiation {

  /** RESTEasy's answer to OPTIONS on a POST-only resource: the allowed methods, as text. */
  private static final String ALLOWED = "POST, OPTIONS";

  private RestNegotiation() {}

  /** How the body is read once the request is admitted. */
  public enum Body {
    /** As JSON ({@link VerifyRequestBody}). */
    JSON,
    /** The whole body as text, in the declared charset (else UTF-8), is the token. */
    TEXT
  }

  /**
   * How to read the body, or null when the request was refused (and answered). {@code path} is the
   * resource's path in the application: RESTEasy matched the URI as sent, so one that the container
   * maps here only once normalised ({@code //}, {@code /./}) is not found.
   */
  public static Body admit(HttpServletRequest request, HttpServletResponse response, String path)
      throws IOException {
    MediaType contentType;
    List<MediaType> accepts;
    try {
      contentType = contentType(request);
      accepts = accepts(request);
      languages(request);
    } catch (RuntimeException unparsable) {
      ProblemJson.send(response, Problem.MALFORMED_REQUEST, null, null, 0);
      return null;
    }
    if (!sentTo(request, path)) {
      ProblemJson.send(response, Problem.NOT_FOUND, null, null, 0);
      return null;
    }
    String method = request.getMethod();
    if (!method.equals("POST")) {
      if (method.equals("OPTIONS")) {
        byte[] allowed = ALLOWED.getBytes(StandardCharsets.UTF_8);
        response.setHeader("Allow", ALLOWED);
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(allowed.length);
        response.getOutputStream().write(allowed);
      } else {
        ProblemJson.send(response, Problem.METHOD_NOT_ALLOWED, null, null, 0);
      }
      return null;
    }
    if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(
        contentType == null ? MediaType.APPLICATION_OCTET_STREAM_TYPE : contentType)) {
      ProblemJson.send(response, Problem.UNSUPPORTED_MEDIA_TYPE, null, null, 0);
      return null;
    }
    if (!accepts.isEmpty()
        && accepts.stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
      ProblemJson.send(response, Problem.NOT_ACCEPTABLE, null, null, 0);
      return null;
    }
    try {
      String q = contentType.getParameters().get("q");
      if (q != null) {
        weight(q);
      }
    } catch (IllegalArgumentException unparsable) {
      ProblemJson.send(response, Problem.MALFORMED_REQUEST, null, null, 0);
      return null;
    }
    String subtype = contentType.getSubtype().toLowerCase(Locale.ROOT);
    if (subtype.equals("json") || subtype.endsWith("+json")) {
      return Body.JSON;
    }
    if (contentType.isWildcardType()) {
      return Body.TEXT;
    }
    // Compatible, but no reader takes it (application/*): 415.
    ProblemJson.send(response, Problem.UNSUPPORTED_MEDIA_TYPE, null, null, 0);
    return null;
  }

  /** Whether the URI as sent names {@code path} (or {@code path/}), matrix parameters aside. */
  private static boolean sentTo(HttpServletRequest request, String path) {
    String sent = request.getRequestURI().substring(request.getContextPath().length());
    if (sent.indexOf(';') >= 0) {
      sent = sent.replaceAll(";[^/]*", "");
    }
    if (sent.indexOf('%') >= 0) {
      try {
        sent = URI.create(sent).getPath();
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return sent.equals(path) || (sent.length() == path.length() + 1 && sent.equals(path + "/"));
  }

  private static MediaType contentType(HttpServletRequest request) {
    String value = request.getContentType();
    return value == null ? null : MediaType.valueOf(value);
  }

  /** As RESTEasy reads Accept: each header split at commas; a q that is not a number is refused. */
  private static List<MediaType> accepts(HttpServletRequest request) {
    List<MediaType> accepts = new ArrayList<>();
    Enumeration<String> values = request.getHeaders("Accept");
    while (values.hasMoreElements()) {
      StringTokenizer types = new StringTokenizer(values.nextElement(), ",");
      while (types.hasMoreTokens()) {
        MediaType type = MediaType.valueOf(types.nextToken().trim());
        String q = type.getParameters().get("q");
        if (q != null) {
          weight(q);
        }
        accepts.add(type);
      }
    }
    return accepts;
  }

  /** Content-Language, and the weights of Accept-Language, as RESTEasy checked them. */
  private static void languages(HttpServletRequest request) {
    String content = request.getHeader("Content-Language");
    if (content != null) {
      RuntimeDelegate.getInstance().createHeaderDelegate(Locale.class).fromString(content);
    }
    Enumeration<String> values = request.getHeaders("Accept-Language");
    while (values.hasMoreElements()) {
      StringTokenizer languages = new StringTokenizer(values.nextElement(), ",");
      while (languages.hasMoreTokens()) {
        String language = languages.nextToken().trim();
        for (String param : language.substring(language.indexOf(';') + 1).split(";")) {
          int eq = param.indexOf('=');
          if (language.indexOf(';') >= 0
              && eq > 0
              && param.substring(0, eq).trim().equals("q")
              && weight(param.substring(eq + 1).trim()) > 1) {
            throw new IllegalArgumentException("q over 1");
          }
        }
      }
    }
  }

  private static float weight(String q) {
    try {
      return Float.parseFloat(q);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
