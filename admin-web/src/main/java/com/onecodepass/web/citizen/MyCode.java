package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.CodeCard;
import com.onecodepass.codeissue.api.CodeCardView;
import com.onecodepass.web.platform.QrSvg;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "My code": colour, QR with a fresh signed token, masked identity, latest test. */
@Named
@RequestScoped
public class MyCode {

  static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @EJB CodeCard codeCard;
  @Inject CitizenSession session;

  private CodeCardView card;
  private String scanUrl;

  @PostConstruct
  void load() {
    card = codeCard.show(session.getCitizenId());
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    scanUrl = ScannedLinks.personalCodeUrl(request, card.token());
  }

  public CodeCardView getCard() {
    return card;
  }

  public String getColour() {
    return card.colour().name().toLowerCase();
  }

  public String getQrSvg() {
    return QrSvg.render(scanUrl, "qr");
  }

  public String getScanUrl() {
    return scanUrl;
  }

  public String getIssuedAt() {
    return TIME.format(card.issuedAt().atZone(CITY_ZONE));
  }

  public long getExpiresAtMillis() {
    return card.expiresAt().toEpochMilli();
  }

  /** The age bucket the code page shows for the latest negative test: 24h, 48h, 72h, 7d, old. */
  public String getTestAgeKey() {
    Instant latest = card.latestNegativeTestAt();
    if (latest == null) {
      return "test.none";
    }
    long hours = Duration.between(latest, Instant.now()).toHours();
    if (hours < 24) {
      return "test.age24";
    } else if (hours < 48) {
      return "test.age48";
    } else if (hours < 72) {
      return "test.age72";
    } else if (hours < 24 * 7) {
      return "test.age7d";
    }
    return "test.older";
  }
}
