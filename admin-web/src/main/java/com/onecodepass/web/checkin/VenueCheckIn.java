package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.VenueScan;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.web.checkin.control.CitizenCheckIn;
import com.onecodepass.web.citizen.CitizenRefused;
import com.onecodepass.web.citizen.CitizenSession;
import com.onecodepass.web.citizen.HeldCodes;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.platform.PlainRedirect;
import com.onecodepass.web.verify.ScannedLinks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The page behind a scanned venue poster: what the code is, and for a signed-in citizen one button
 * that records the check-in. Anyone else is offered sign-in, which comes back here.
 */
@Named
@RequestScoped
public class VenueCheckIn {

  static final String TOKEN_ATTRIBUTE = "ocp.scannedVenueToken";
  static final String TOKEN_FIELD = "checkin:token";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.-]{1,512}");

  @EJB CheckIns checkIns;
  @Inject CitizenCheckIn checkIn;
  @Inject CitizenSession session;
  @Inject DistrictNames districts;
  @Inject HeldCodes heldCodes;

  private String token;
  private VenueScan scan;

  @PostConstruct
  void read() {
    ExternalContext ctx = FacesContext.getCurrentInstance().getExternalContext();
    Object scanned = ctx.getRequestMap().get(TOKEN_ATTRIBUTE);
    String t = scanned != null ? scanned.toString() : ctx.getRequestParameterMap().get(TOKEN_FIELD);
    if (t == null) {
      t = ctx.getRequestParameterMap().get("t");
    }
    token = t == null ? null : t.strip();
    scan = token == null || token.isEmpty() ? null : checkIns.scan(token);
  }

  /**
   * One tap for the citizen and every ticked dependant: all committed before the confirmation page
   * is shown, which then lists each person.
   */
  public String checkIn() {
    if (!session.isSignedIn()) {
      return PlainRedirect.to("/signin.xhtml?next=" + getNextPath());
    }
    try {
      // The scan read() made for this request is passed on: the poster is verified once.
      List<CheckInReceipt> receipts =
          scan != null
              ? checkIn.together(session.getCitizenId(), tickedDependants(), scan)
              : checkIn.together(session.getCitizenId(), tickedDependants(), token);
      return "/me/checked-in.xhtml?faces-redirect=true&id="
          + receipts.stream()
              .map(r -> Long.toString(r.checkInId()))
              .collect(Collectors.joining(","))
          + (receipts.get(0).repeated() ? "&repeat=true" : "");
    } catch (CitizenRefused e) {
      Messages.error(null, e.messageKey());
      return null;
    } catch (VenueException e) {
      Messages.error(null, e.messageKey());
      return null;
    }
  }

  /** Ticked boxes arrive as {@code dependant=<id>}; ids the citizen does not hold are refused. */
  private List<Long> tickedDependants() {
    String[] ticked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("dependant");
    if (ticked == null) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    for (String id : ticked) {
      try {
        ids.add(Long.parseLong(id));
      } catch (NumberFormatException ignored) {
        // not an id: nobody to check in for it
      }
    }
    return ids;
  }

  /** The dependants whose codes this citizen holds, offered for checking in together. */
  public List<HeldCodes.Held> getDependants() {
    return session.isSignedIn() ? heldCodes.list() : List.of();
  }

  public boolean isScanned() {
    return scan != null;
  }

  public VenueScan getScan() {
    return scan;
  }

  public String getOutcome() {
    return scan.outcome();
  }

  public String getToken() {
    return token;
  }

  public boolean isSignedIn() {
    return session.isSignedIn();
  }

  public String getDistrict() {
    return scan.venue() == null ? "" : districts.name(scan.venue().districtCode());
  }

  /** The path sign-in should return to; only well-formed tokens, so it cannot point elsewhere. */
  public String getNextPath() {
    return token != null && TOKEN.matcher(token).matches()
        ? ScannedLinks.VENUE_PREFIX + token
        : "/";
  }
}
