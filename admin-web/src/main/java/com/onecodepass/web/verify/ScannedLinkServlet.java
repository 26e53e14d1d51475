package com.onecodepass.web.verify;

import com.onecodepass.codeissue.api.code.CodeVerification;
import com.onecodepass.web.assets.StaticAssets;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.platform.ReadOnlyServlet;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The verification page for a personal code scanned by a phone camera (/c/TOKEN), rendered by
 * {@link VerificationPage} without the Faces lifecycle: the verdict, in the viewer's language, with
 * the same markup and headers as {@code verify.xhtml} (which still serves the paste form, {@code
 * ?t=} and the page the service worker keeps for offline checks). A link without a token opens that
 * form.
 */
@WebServlet("/c/*")
public class ScannedLinkServlet extends ReadOnlyServlet {

  private static final long serialVersionUID = 1L;

  @EJB transient CodeVerification verification;
  @Inject transient StaticAssets assets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    if (token.isBlank()) {
      request.setAttribute(VerifyCode.TOKEN_ATTRIBUTE, token);
      request.getRequestDispatcher("/verify.xhtml").forward(request, response);
      return;
    }
    Locale locale = PlainPage.localeOf(request.getLocales());
    byte[] page =
        VerificationPage.render(
            locale,
            request.getContextPath(),
            PlainPage.switchUrl(request, locale),
            assets.url("app.css"),
            assets.url("verify.js"),
            verification.verify(token),
            !PublicOrigin.of(request).owns(token));
    PlainPage.send(response, page);
  }
}
