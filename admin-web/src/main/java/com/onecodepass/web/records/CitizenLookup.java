package com.onecodepass.web.records;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.CitizenCard;
import com.onecodepass.codeissue.api.citizen.CitizenHistory;
import com.onecodepass.codeissue.api.citizen.CitizenIdentity;
import com.onecodepass.codeissue.api.citizen.CitizenRecords;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.platform.api.CityClock;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.triprecord.api.checkin.StaffTrips;
import com.onecodepass.triprecord.api.checkin.Trip;
import com.onecodepass.web.audit.boundary.StaffAudit;
import com.onecodepass.web.platform.DistrictNames;
import com.onecodepass.web.platform.Messages;
import com.onecodepass.web.staff.StaffAccess;
import com.onecodepass.web.surge.SharedLimits;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * /staff/citizen.xhtml: find a person by ID number or phone (a posted form), open one ({@code
 * ?id=}) masked with colour history, tests and 14-day trips, and unmask them for a stated reason.
 * The district check and the audit entries happen in the modules, not here.
 */
@Named
@ViewScoped
public class CitizenLookup implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CityClock.ZONE);

  @EJB transient CitizenRecords records;
  @EJB transient StaffTrips staffTrips;
  @Inject StaffAccess staff;
  @Inject StaffAudit audit;
  @Inject DistrictNames districts;
  @Inject SharedLimits limits;

  private String query;
  private List<CitizenCard> found;
  private CitizenCard card;
  private CitizenHistory history;
  private List<Trip> trips;
  private CitizenIdentity identity;
  private String reason;
  private boolean notPermitted;

  /** The page's view action (before rendering, so its messages show): {@code ?id=} opens one. */
  public void load() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    if (id == null || id.isBlank() || overLimit()) {
      return;
    }
    try {
      open(Long.parseLong(id.strip()));
    } catch (NumberFormatException e) {
      Messages.error(null, "lookup.unknown");
    } catch (NotPermittedException e) {
      refused(e);
    }
  }

  /** The look-up form: an ID number or phone, exact. The typed value is not shown back. */
  public void search() {
    String typed = query;
    query = null;
    found = null;
    card = null;
    identity = null;
    notPermitted = false;
    if (typed == null || typed.isBlank()) {
      Messages.error("lookup:q", "citizen.query.required");
      return;
    }
    if (overLimit()) {
      return;
    }
    try {
      found = records.lookUp(staff.scope(), typed, audit.clientAddress());
      if (found.size() == 1) {
        open(found.get(0).citizenId());
      }
    } catch (InvalidInputException e) {
      Messages.error("lookup:q", e.messageKey());
    } catch (NotPermittedException e) {
      refused(e);
    }
  }

  private void open(long citizenId) {
    card = records.card(staff.scope(), citizenId, audit.clientAddress()).orElse(null);
    if (card == null) {
      Messages.error(null, "lookup.unknown");
      return;
    }
    history = records.history(staff.scope(), citizenId, null, audit.clientAddress());
    trips = staffTrips.recentTrips(staff.scope(), citizenId, null, audit.clientAddress());
  }

  /**
   * Counts this look-up against the account's shared limit (every node counts in the same window);
   * past it, nothing is read, the refusal is audited and the officer told when to retry.
   */
  private boolean overLimit() {
    long retryAfter = limits.staffLookUps(staff.scope().username());
    if (retryAfter == 0) {
      return false;
    }
    String limit = Integer.toString(SharedLimits.staffLookUpsPerMinute());
    audit.record("citizen.lookup.limited", null, "over " + limit + " look-ups per minute");
    Messages.errorText(
        null,
        MessageFormat.format(Messages.text("lookup.tooMany"), limit, Long.toString(retryAfter)));
    return true;
  }

  public void unmask() {
    if (card == null) {
      return;
    }
    try {
      identity = records.unmask(staff.scope(), card.citizenId(), reason, audit.clientAddress());
    } catch (InvalidInputException e) {
      Messages.error("unmask:reason", e.messageKey());
    } catch (NotPermittedException e) {
      refused(e);
    }
  }

  private void refused(NotPermittedException e) {
    notPermitted = true;
    card = null;
    found = null;
    Messages.error(null, e.messageKey());
  }

  public String when(Instant at) {
    return at == null ? "" : WHEN.format(at);
  }

  public String district(String code) {
    return districts.name(code);
  }

  /** Bundle key of a colour ({@code colour.green}); history entries from "nothing" have none. */
  public String colourKey(CodeColour colour) {
    return "colour." + (colour == null ? "none" : colour.name().toLowerCase(Locale.ROOT));
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public List<CitizenCard> getFound() {
    return found;
  }

  public boolean isSeveral() {
    return found != null && found.size() > 1;
  }

  public boolean isNobody() {
    return found != null && found.isEmpty();
  }

  public CitizenCard getCard() {
    return card;
  }

  public CitizenHistory getHistory() {
    return history;
  }

  public List<Trip> getTrips() {
    return trips;
  }

  public CitizenIdentity getIdentity() {
    return identity;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isNotPermitted() {
    return notPermitted;
  }
}
