package com.onecodepass.web.checkin;

import com.onecodepass.platform.api.CityClock;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.web.citizen.CitizenSession;
import com.onecodepass.web.citizen.HeldCodes;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The confirmation the gatekeeper looks at. It lists everyone checked in with this tap (the citizen
 * and the dependants they ticked) and takes the worst colour among them for the banner, so one red
 * or yellow person can never hide behind a green one.
 */
@Named
@RequestScoped
public class CheckInConfirmation {

  static final ZoneId CITY_ZONE = CityClock.ZONE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final List<String> SEVERITY = List.of("green", "none", "yellow", "red");

  /** One person on the confirmation: masked name, colour (lower case) and check-in time. */
  public record Person(String maskedName, String colour, String time) {}

  @EJB CheckIns checkIns;
  @Inject CitizenSession session;
  @Inject DistrictNames districts;
  @Inject HeldCodes heldCodes;

  private CheckInReceipt receipt;
  private final List<Person> people = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    // The citizen's own check-in and those of dependants they hold; anything else is skipped.
    List<Long> owners = new ArrayList<>();
    owners.add(session.getCitizenId());
    heldCodes.list().forEach(h -> owners.add(h.citizenId()));
    for (String part : params.getOrDefault("id", "").split(",", 12)) {
      long id;
      try {
        id = Long.parseLong(part.strip());
      } catch (NumberFormatException e) {
        continue;
      }
      owners.stream()
          .map(owner -> checkIns.receipt(owner, id))
          .flatMap(java.util.Optional::stream)
          .findFirst()
          .ifPresent(this::add);
    }
  }

  private void add(CheckInReceipt r) {
    if (receipt == null) {
      receipt = r;
    }
    people.add(
        new Person(
            r.maskedName() == null ? session.getMaskedName() : r.maskedName(),
            r.colour().toLowerCase(),
            TIME.format(r.checkedInAt().atZone(CITY_ZONE))));
  }

  public boolean isFound() {
    return receipt != null;
  }

  public CheckInReceipt getReceipt() {
    return receipt;
  }

  public List<Person> getPeople() {
    return people;
  }

  /** The banner colour: the most severe colour among the people shown. */
  public String getColour() {
    return people.stream()
        .map(Person::colour)
        .max((a, b) -> Integer.compare(SEVERITY.indexOf(a), SEVERITY.indexOf(b)))
        .orElse("none");
  }

  public String getDistrict() {
    return districts.name(receipt.venue().districtCode());
  }

  public String getDate() {
    return DATE.format(receipt.checkedInAt().atZone(CITY_ZONE));
  }

  public String getTime() {
    return TIME.format(receipt.checkedInAt().atZone(CITY_ZONE));
  }
}
