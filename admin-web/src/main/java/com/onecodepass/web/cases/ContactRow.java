package com.onecodepass.web.cases;

import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.codeissue.api.cases.TracedPerson;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A traced person as a table row, with bean getters so PrimeFaces can filter, sort and select by
 * them (records' accessors are not EL properties in Jakarta EE 10).
 */
public class ContactRow implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One overlap, formatted for the page. */
  public record Visit(
      String venue,
      String district,
      boolean transit,
      String sourceAt,
      String contactAt,
      long minutes)
      implements Serializable {}

  private final long citizenId;
  private final String name;
  private final String residentId;
  private final String district;
  private final String colour;
  private final String decision;
  private final long totalMinutes;
  private final List<Visit> visits;
  private final String venues;
  private final String dates;

  ContactRow(TracedPerson p, java.util.function.Function<String, String> districtName) {
    this.citizenId = p.citizenId();
    this.name = p.nameMasked() == null ? "—" : p.nameMasked();
    this.residentId = p.residentIdMasked() == null ? "" : p.residentIdMasked();
    this.district = p.districtCode() == null ? "" : districtName.apply(p.districtCode());
    this.colour =
        p.colour() == null ? "none" : p.colour().name().toLowerCase(java.util.Locale.ROOT);
    this.decision = p.confirmedAs() == null ? null : p.confirmedAs().name();
    this.totalMinutes = p.totalMinutes();
    this.visits =
        p.overlaps().stream()
            .map(
                (TracedOverlap o) ->
                    new Visit(
                        o.venueName(),
                        o.venueDistrict() == null
                            ? ""
                            : districtName.apply(o.venueDistrict().value()),
                        o.transit(),
                        CaseDesk.when(o.sourceAt()),
                        CaseDesk.when(o.contactAt()),
                        o.minutes()))
            .toList();
    this.venues =
        p.overlaps().stream()
            .map(TracedOverlap::venueName)
            .distinct()
            .collect(Collectors.joining(" / "));
    this.dates =
        p.overlaps().stream()
            .map(o -> CaseDesk.DAY.format(o.contactAt()))
            .distinct()
            .collect(Collectors.joining(" "));
  }

  public long getCitizenId() {
    return citizenId;
  }

  public String getName() {
    return name;
  }

  public String getResidentId() {
    return residentId;
  }

  public String getDistrict() {
    return district;
  }

  public String getColour() {
    return colour;
  }

  /** CLOSE, SECONDARY, or null while undecided for this case. */
  public String getDecision() {
    return decision;
  }

  public long getTotalMinutes() {
    return totalMinutes;
  }

  public List<Visit> getVisits() {
    return visits;
  }

  public String getVenues() {
    return venues;
  }

  public String getDates() {
    return dates;
  }
}
