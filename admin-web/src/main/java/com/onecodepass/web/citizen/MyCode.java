package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CodeCard;
import com.onecodepass.codeissue.api.CodeCardView;
import com.onecodepass.codeissue.api.Dependants;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "My code": colour, a fresh signed scan URL (drawn as a QR by the phone, code.js), masked
 * identity, latest test.
 */
@Named
@RequestScoped
public class MyCode {

  static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @EJB CodeCard codeCard;
  @EJB Dependants dependants;
  @Inject CitizenSession session;
  @Inject HeldCodes heldCodes;

  private CodeCardView card;
  private String scanUrl;
  private Long shownFor;

  @PostConstruct
  void load() {
    shownFor =
        ShownCode.dependantAsked(
            FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("for"),
            session.getCitizenId(),
            dependants);
    card = codeCard.show(shownFor == null ? session.getCitizenId() : shownFor);
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    scanUrl = ScannedLinks.personalCodeUrl(request, card.token());
  }

  /** The dependant whose code is shown, or null for the citizen's own. */
  public Long getShownFor() {
    return shownFor;
  }

  public List<HeldCodes.Held> getHeld() {
    return heldCodes.list();
  }

  public CodeCardView getCard() {
    return card;
  }

  public String getColour() {
    return card.colour().name().toLowerCase();
  }

  public String getScanUrl() {
    return scanUrl;
  }

  public String getIssuedAt() {
    return TIME.format(card.issuedAt().atZone(CITY_ZONE));
  }

  public long getIssuedAtMillis() {
    return card.issuedAt().toEpochMilli();
  }

  public long getExpiresAtMillis() {
    return card.expiresAt().toEpochMilli();
  }

  /** The age bucket the code page shows for the latest negative test: 24h, 48h, 72h, 7d, old. */
  public String getTestAgeKey() {
    return TestAge.keyFor(card.latestNegativeTestAt());
  }
}
