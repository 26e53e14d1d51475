package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenSignIn;
import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.SignInChallenge;
import com.onecodepass.platform.api.ClientAddress;
import com.onecodepass.web.assets.StaticAssets;
import com.onecodepass.web.citizen.credential.CitizenCredentials;
import com.onecodepass.web.citizen.credential.FormTokenField;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sign-in, {@code /signin.xhtml}, without the Faces lifecycle (an exact servlet mapping wins over
 * Faces' {@code *.xhtml}): ask for a code, then type it, on one stateless page. What the second
 * step needs travels in the form itself (the number, in a read-only field, and where to return to)
 * and the code is checked against the shared sign-in cache, so either step may reach any node. A
 * post must carry the form token bound to this browser's form cookie, the check Faces' view state
 * made.
 */
@WebServlet("/signin.xhtml")
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where sign-in may send a citizen back to: only a scanned venue code on this site. */
  static final Pattern SAFE_NEXT = Pattern.compile("/v/[A-Za-z0-9_.-]{1,512}");

  private static final String MOBILE = "signin:mobile";
  private static final String CODE = "signin:code";

  @EJB transient CitizenSignIn signIn;
  @Inject transient CitizenCredentials credentials;
  @Inject transient CitizenSession session;
  @Inject transient SharedLimits limits;
  @Inject transient StaticAssets assets;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String method = request.getMethod();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("POST")) {
      super.service(request, response);
      return;
    }
    response.setHeader("Allow", "GET, HEAD, POST");
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SignInPage.Form form =
        SignInPage.Form.opened(
            // the number just registered, never one from the address
            session.takeRegisteredMobile(response),
            safeNext(request.getParameter("next")),
            "true".equals(request.getParameter("registered")));
    show(request, response, form);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!credentials.isFormToken(request, request.getParameter(FormTokenField.FIELD))) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String mobile = request.getParameter(MOBILE);
    String next = safeNext(request.getParameter("next"));
    if (request.getParameter(CODE) == null) {
      show(request, response, sendCode(request, mobile, next));
      return;
    }
    try {
      long citizenId = signIn.signIn(mobile, request.getParameter(CODE));
      // A fresh credential id at every sign-in: nothing an attacker planted beforehand carries
      // over.
      credentials.issue(request, response, citizenId, MobileNumber.parse(mobile).masked());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location", request.getContextPath() + (next != null ? next : "/code.xhtml"));
    } catch (InvalidInputException e) {
      boolean mobileWrong = "mobile".equals(e.field());
      show(
          request,
          response,
          new SignInPage.Form(
              mobile,
              true,
              masked(mobile),
              null,
              next,
              false,
              mobileWrong ? e.messageKey() : null,
              mobileWrong ? null : e.messageKey()));
    }
  }

  /** The first step's post: a code sent (second step), or the first step again with the reason. */
  private SignInPage.Form sendCode(HttpServletRequest request, String mobile, String next) {
    if (limits.signInCodeFromAddress(ClientAddress.of(request)) > 0) {
      return refused(mobile, next, "surge.tooManySignInCodes");
    }
    try {
      SignInChallenge challenge = signIn.requestCode(mobile);
      return new SignInPage.Form(
          mobile, true, challenge.maskedMobile(), challenge.demoCode(), next, false, null, null);
    } catch (InvalidInputException e) {
      return refused(mobile, next, e.messageKey());
    }
  }

  private static SignInPage.Form refused(String mobile, String next, String key) {
    return new SignInPage.Form(mobile, false, null, null, next, false, key, null);
  }

  private void show(HttpServletRequest request, HttpServletResponse response, SignInPage.Form form)
      throws IOException {
    Locale locale = PlainPage.localeOf(request.getLocales());
    byte[] page =
        SignInPage.render(
            locale,
            request.getContextPath(),
            PlainPage.switchUrl(request, locale),
            assets.url("app.css"),
            // sets the browser's form cookie when missing: before the page is written
            credentials.formToken(request, response),
            form);
    // the page may show a code (demo gateway) and carries this browser's form token
    response.setHeader("Cache-Control", "no-store");
    PlainPage.send(response, page);
  }

  static String safeNext(String next) {
    return next != null && SAFE_NEXT.matcher(next).matches() ? next : null;
  }

  private static String masked(String mobile) {
    try {
      return MobileNumber.parse(mobile).masked();
    } catch (InvalidInputException e) {
      return "";
    }
  }
}
