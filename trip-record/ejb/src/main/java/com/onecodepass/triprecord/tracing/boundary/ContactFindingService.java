package com.onecodepass.triprecord.tracing.boundary;

import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.codeissue.api.contacts.ContactFinding;
import com.onecodepass.codeissue.api.contacts.ContactReport;
import com.onecodepass.codeissue.api.contacts.FoundContact;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.DistrictCode;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.tracing.Companion;
import com.onecodepass.triprecord.api.tracing.Overlap;
import com.onecodepass.triprecord.api.tracing.TracingReport;
import com.onecodepass.triprecord.tracing.control.ContactTracer;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * code-issue's port to the check-ins, implemented here so the dependency points one way only
 * (trip-record on code-issue's API). It traces as the case officer through the same {@link
 * ContactTracer} as the tracing page and translates the report into code-issue's terms, telling
 * which venues were transit (code-issue does not know venue categories).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ContactFindingService implements ContactFinding {

  @EJB ContactTracer tracer;
  @EJB VenueStore venues;

  @Override
  public ContactReport closeContacts(
      StaffScope officer,
      String clientAddress,
      CitizenId caseCitizen,
      Duration lookBack,
      Duration window) {
    return inCaseTerms(
        tracer.companions(officer, clientAddress, caseCitizen.value(), lookBack, window));
  }

  @Override
  public ContactReport secondaryContacts(
      StaffScope officer,
      String clientAddress,
      Collection<CitizenId> closeContacts,
      Collection<CitizenId> excluded,
      Duration lookBack,
      Duration window) {
    return inCaseTerms(
        tracer.secondaryContacts(
            officer, clientAddress, raw(closeContacts), raw(excluded), lookBack, window));
  }

  /** Tracing inside trip-record still counts in plain numbers; the port speaks in ids. */
  private static List<Long> raw(Collection<CitizenId> ids) {
    return ids.stream().map(CitizenId::value).toList();
  }

  private ContactReport inCaseTerms(TracingReport report) {
    Set<Long> venueIds =
        report.companions().stream()
            .flatMap(c -> c.overlaps().stream())
            .map(Overlap::venueId)
            .collect(Collectors.toSet());
    Map<Long, Venue> found = venues.byIds(venueIds);
    return new ContactReport(
        report.from(),
        report.to(),
        report.sourceVisits(),
        report.companions().stream().map(c -> contact(c, found)).toList());
  }

  private static FoundContact contact(Companion companion, Map<Long, Venue> venues) {
    return new FoundContact(
        CitizenId.of(companion.citizenId()),
        companion.overlaps().stream()
            .map(
                o -> {
                  Venue venue = venues.get(o.venueId());
                  return new TracedOverlap(
                      o.venueId(),
                      o.venueName(),
                      o.districtCode() == null ? null : DistrictCode.of(o.districtCode()),
                      venue != null && venue.category().isTransit(),
                      CitizenId.of(o.sourceCitizenId()),
                      o.sourceAt(),
                      o.companionAt(),
                      o.overlapMinutes());
                })
            .toList());
  }
}
