package com.onecodepass.it;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every answer to hostile input must be: not a 5xx (SOAP: a 500 only as a SOAP fault, as SOAP
 * 1.1 requires), no stack trace, exception class or SQL error in it, no reflected markup unescaped
 * in HTML, no expression evaluated. Generated input never contains these markers itself, so
 * reflecting the input back cannot trip them.
 */
final class HostileAnswers {

  /** Raw markup a page must escape: the generators send it inside text values. */
  static final String MARKUP = "<ocpxss";

  /** An EL / template expression that would render "ocpel" if any layer evaluated it. */
  static final String EXPRESSION = "#{'ocp'.concat('el')}";

  private static final Pattern LEAK =
      Pattern.compile(
          "\\w*(Exception|Throwable)\\b"
              + "|\\bat (com|org|java|jakarta|javax|sun|jdk|io)\\.[\\w$.]+\\("
              + "|java\\.(lang|io|sql|util)\\."
              + "|jakarta\\.(?!faces\\.(ViewState|ClientWindow|resource|source|partial|behavior))"
              + "|org\\.(hibernate|jboss|apache|infinispan)\\."
              + "|io\\.undertow|com\\.mysql|SQLSTATE|SQL syntax|\\bcom\\.onecodepass\\.");

  private HostileAnswers() {}

  /**
   * Checks {@code response} to a hostile request to {@code operation}; throws an AssertionError
   * naming what is wrong, unless a defect someone else is fixing explains it.
   */
  static void check(String operation, HttpResponse<String> response) {
    String problem = problem(response);
    if (problem != null && !KnownDefects.explain(operation, response)) {
      throw new AssertionError(
          operation
              + " -> "
              + response.statusCode()
              + ": "
              + problem
              + "\n--- answer ---\n"
              + abbreviate(response.body()));
    }
  }

  private static String problem(HttpResponse<String> response) {
    String body = response.body() == null ? "" : response.body();
    int status = response.statusCode();
    if (status >= 500 && !(status == 500 && isSoapFault(body))) {
      return "a server error";
    }
    Matcher leak = LEAK.matcher(body);
    if (leak.find()) {
      return "leaks \"" + leak.group() + "\"";
    }
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/html") && body.contains(MARKUP)) {
      return "reflects markup unescaped";
    }
    if (body.contains("ocpel")) {
      return "evaluated an expression from the input";
    }
    return null;
  }

  static boolean isSoapFault(String body) {
    return body.contains(":Fault>") || body.contains("<Fault>");
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 3000 ? body : body.substring(0, 3000) + "…";
  }
}
