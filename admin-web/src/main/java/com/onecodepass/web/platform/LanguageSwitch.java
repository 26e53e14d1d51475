package com.onecodepass.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The language link in both templates: to the other language, on the same page. */
@Named
@RequestScoped
public class LanguageSwitch {

  @Inject HttpServletRequest request;

  public String url(String lang) {
    String uri = request.getRequestURI();
    String query = request.getQueryString();
    String forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    if (forwarded != null && !forwarded.endsWith("j_security_check")) {
      // A page shown by a forward (the sign-in page for a protected page): link to what the
      // browser asked for.
      uri = forwarded;
      query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    }
    return Languages.switchUrl(uri, query, lang);
  }
}
