package com.onecodepass.web.checkin;

import com.onecodepass.triprecord.api.CheckInReceipt;
import com.onecodepass.triprecord.api.CheckIns;
import com.onecodepass.web.citizen.CitizenSession;
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
 * The confirmation the gatekeeper looks at. It lists people (today the citizen; dependants checked
 * in together will be added as further entries) and takes the worst colour among them for the
 * banner, so one red or yellow person can never hide behind a green one.
 */
@Named
@RequestScoped
public class CheckInConfirmation {

  static final ZoneId CITY_ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final List<String> SEVERITY = List.of("green", "none", "yellow", "red");

  /** One person on the confirmation: masked name, colour (lower case) and check-in time. */
  public record Person(String maskedName, String colour, String time) {}

  @EJB CheckIns checkIns;
  @Inject CitizenSession session;
  @Inject DistrictNames districts;

  private CheckInReceipt receipt;
  private final List<Person> people = new ArrayList<>();

  @PostConstruct
  void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      long id = Long.parseLong(params.getOrDefault("id", ""));
      receipt = checkIns.receipt(session.getCitizenId(), id).orElse(null);
    } catch (NumberFormatException e) {
      receipt = null;
    }
    if (receipt != null) {
      people.add(
          new Person(
              receipt.maskedName() == null ? session.getMaskedName() : receipt.maskedName(),
              receipt.colour().toLowerCase(),
              TIME.format(receipt.checkedInAt().atZone(CITY_ZONE))));
    }
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
