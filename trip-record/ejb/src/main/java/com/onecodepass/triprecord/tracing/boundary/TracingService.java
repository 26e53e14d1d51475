package com.onecodepass.triprecord.tracing.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.tracing.Exposure;
import com.onecodepass.triprecord.api.tracing.TraceRequest;
import com.onecodepass.triprecord.api.tracing.Tracing;
import com.onecodepass.triprecord.api.tracing.TracingReport;
import com.onecodepass.triprecord.tracing.control.ContactTracer;
import com.onecodepass.triprecord.tracing.control.TraceForm;
import com.onecodepass.triprecord.tracing.control.TracingGate;
import com.onecodepass.triprecord.venue.control.VenueVisits;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Read-only tracing queries, each admitted by the {@link TracingGate} (which audits) before
 * anything is read; the tracing page's typed form is read here too ({@link TraceForm}), so the page
 * only shows what comes back. See {@link
 * com.onecodepass.triprecord.tracing.control.CompanionFinder} for how they stay on the indexes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TracingService implements Tracing {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB ContactTracer tracer;
  @EJB TracingGate gate;
  @Inject VenueVisits visits;

  @Override
  public TracingReport companions(
      StaffScope who,
      String clientAddress,
      long caseCitizenId,
      Duration lookBack,
      Duration window) {
    return tracer.companions(who, clientAddress, caseCitizenId, lookBack, window);
  }

  @Override
  public TracingReport secondaryContacts(
      StaffScope who,
      String clientAddress,
      Collection<Long> closeContacts,
      Collection<Long> excluded,
      Duration lookBack,
      Duration window) {
    return tracer.secondaryContacts(who, clientAddress, closeContacts, excluded, lookBack, window);
  }

  @Override
  public TracingReport trace(StaffScope who, String clientAddress, TraceRequest typed) {
    TraceForm form = TraceForm.parse(typed);
    if (form.contacts().isEmpty()) {
      if (form.caseId() == null) {
        throw new InvalidInputException("case", "tracing.case.invalid", "nothing to trace from");
      }
      return tracer.companions(who, clientAddress, form.caseId(), form.days(), form.window());
    }
    return tracer.secondaryContacts(
        who,
        clientAddress,
        form.contacts(),
        form.caseId() == null ? Set.of() : Set.of(form.caseId()),
        form.days(),
        form.window());
  }

  @Override
  public List<Exposure> venueExposure(
      StaffScope who, String clientAddress, long venueId, Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("from", "tracing.period", "no period or it ends first");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(Tracing.MAX_DAYS)) > 0) {
      throw new InvalidInputException("from", "tracing.days", "period too long");
    }
    gate.venue(who, clientAddress, venueId, "tracing.exposure");
    return visits.between(venueId, from, to);
  }
}
