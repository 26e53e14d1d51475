package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.web.assets.StaticAssets;
import com.onecodepass.web.platform.PlainPage;
import com.onecodepass.web.platform.ReadOnlyServlet;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The code page, {@code /code.xhtml}, rendered by {@link CodePage} without the Faces lifecycle (an
 * exact servlet mapping wins over Faces' {@code *.xhtml}): one cache-first card read, one
 * signature, a fixed template. {@code CitizenPagesFilter} has already sent anyone not signed in to
 * sign in.
 */
@WebServlet("/code.xhtml")
public class CodePageServlet extends ReadOnlyServlet {

  private static final long serialVersionUID = 1L;

  @EJB transient CodeCard codeCard;
  @EJB transient Dependants dependants;
  @Inject transient CitizenSession session;
  @Inject transient HeldCodes heldCodes;
  @Inject transient StaticAssets assets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long citizen = session.getCitizenId();
    if (citizen == null) {
      response.sendRedirect(request.getContextPath() + "/signin.xhtml");
      return;
    }
    Long shownFor = ShownCode.dependantAsked(request.getParameter("for"), citizen, dependants);
    CodeCardView card = codeCard.show(shownFor == null ? citizen : shownFor);
    CodePage.Shown shown =
        new CodePage.Shown(
            card,
            ScannedLinks.personalCodeUrl(request, card.token()),
            shownFor,
            heldCodes.list(),
            TestAge.keyFor(card.latestNegativeTestAt()));
    Locale locale = PlainPage.localeOf(request.getLocales());
    byte[] page =
        CodePage.render(
            locale,
            request.getContextPath(),
            PlainPage.switchUrl(request, locale),
            new CodePage.Assets(
                assets.url("app.css"), assets.url("qrcodegen.js"), assets.url("code.js")),
            shown);
    PlainPage.send(response, page);
  }
}
