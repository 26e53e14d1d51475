package com.onecodepass.triprecord.tracing.boundary;

import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.codeissue.api.contacts.ContactFinding;
import com.onecodepass.codeissue.api.contacts.ContactReport;
import com.onecodepass.codeissue.api.contacts.FoundContact;
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
      long caseCitizenId,
      Duration lookBack,
      Duration window) {
    return inCaseTerms(tracer.companions(officer, clientAddress, caseCitizenId, lookBack, window));
  }

  @Override
  public ContactReport secondaryContacts(
      StaffScope officer,
      String clientAddress,
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window) {
    return inCaseTerms(
        tracer.secondaryContacts(
            officer, clientAddress, closeContacts, excluded, lookBack, window));
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
        companion.citizenId(),
        companion.overlaps().stream()
            .map(
                o -> {
                  Venue venue = venues.get(o.venueId());
                  return new TracedOverlap(
                      o.venueId(),
                      o.venueName(),
                      o.districtCode(),
                      venue != null && venue.category().isTransit(),
                      o.sourceCitizenId(),
                      o.sourceAt(),
                      o.companionAt(),
                      o.overlapMinutes());
                })
            .toList());
  }
}
