package com.onecodepass.triprecord.checkin.boundary;

import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeStatus;
import com.onecodepass.codeissue.api.code.VenueCodeCheck;
import com.onecodepass.codeissue.api.code.VenueCodes;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.CheckIns;
import com.onecodepass.triprecord.api.checkin.Trip;
import com.onecodepass.triprecord.api.checkin.VenueScan;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.checkin.control.CheckInRecorder;
import com.onecodepass.triprecord.checkin.control.TripHistory;
import com.onecodepass.triprecord.checkin.entity.CheckIn;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Venue scans. The receipt is built from a row that is already committed (see {@link
 * CheckInRecorder}), so a page that says "checked in" never shows a check-in that could be lost.
 *
 * <p>A check-in of 1 + N people costs code-issue three calls, whatever N (issue 15): whether the
 * citizen holds the N, the poster's verdict (one signature verification; none when the page passes
 * the scan it has shown), and the colours of those who get a new row; not one holder check per
 * dependant and one colour per person.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckInService implements CheckIns {

  /** A device may upload a queued scan up to this late; later ones are refused as malformed. */
  static final Duration DEVICE_QUEUE_LIMIT = Duration.ofDays(3);

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB VenueCodes venueCodes;
  @EJB CodeCard codeCard;
  @EJB VenueStore venues;
  @EJB CheckInRecorder recorder;
  @EJB Dependants dependants;
  @EJB TripHistory history;

  @Override
  public VenueScan scan(String venueTokenOrUrl) {
    VenueCodeCheck check = venueCodes.check(venueTokenOrUrl == null ? "" : venueTokenOrUrl);
    if (!check.valid()) {
      Optional<Venue> venue =
          check.venueSubject() == null
              ? Optional.empty()
              : venues.byPublicCode(check.venueSubject());
      return new VenueScan(check.verdict().errorCode(), venue.map(Venue::view).orElse(null));
    }
    return venues
        .byPublicCode(check.venueSubject())
        .map(v -> new VenueScan(outcomeOf(v.status()), v.view()))
        .orElseGet(() -> new VenueScan("unknown", null));
  }

  private static String outcomeOf(VenueStatus status) {
    return switch (status) {
      case ACTIVE -> "ok";
      case PENDING -> "pending";
      case SUSPENDED -> "suspended";
    };
  }

  @Override
  public CheckInReceipt checkIn(long citizenId, String venueTokenOrUrl) {
    return record(List.of(citizenId), scan(venueTokenOrUrl), Instant.now(), CheckIn.SCAN).get(0);
  }

  @Override
  public List<CheckInReceipt> checkInTogether(
      long citizenId, List<Long> dependantIds, String venueTokenOrUrl) {
    List<Long> people = family(citizenId, dependantIds);
    return record(people, scan(venueTokenOrUrl), Instant.now(), CheckIn.SCAN);
  }

  @Override
  public List<CheckInReceipt> checkInTogether(
      long citizenId, List<Long> dependantIds, VenueScan scan) {
    List<Long> people = family(citizenId, dependantIds);
    return record(people, scan, Instant.now(), CheckIn.SCAN);
  }

  /**
   * The citizen, then each listed dependant once, all checked as held by the citizen in one call to
   * code-issue (not one per dependant); refused before anything is read or written otherwise.
   * Recorded in one call, so the family's rows go into the same group commit.
   */
  private List<Long> family(long citizenId, List<Long> dependantIds) {
    List<Long> others =
        dependantIds == null ? List.of() : dependantIds.stream().distinct().toList();
    List<CitizenId> held = new ArrayList<>(others.size());
    for (long dependant : others) {
      if (dependant == citizenId || dependant < 1) {
        throw new VenueException("checkin.notHolder");
      }
      held.add(CitizenId.of(dependant));
    }
    if (!others.isEmpty() && !dependants.holdsAll(CitizenId.of(citizenId), held)) {
      throw new VenueException("checkin.notHolder");
    }
    List<Long> people = new ArrayList<>();
    people.add(citizenId);
    people.addAll(others);
    return people;
  }

  @Override
  public CheckInReceipt checkInAt(long citizenId, String venueTokenOrUrl, Instant scannedAt) {
    Instant now = Instant.now();
    if (scannedAt == null
        || scannedAt.isAfter(now.plusSeconds(60))
        || scannedAt.isBefore(now.minus(DEVICE_QUEUE_LIMIT))) {
      throw new VenueException("checkin.time.invalid");
    }
    return record(List.of(citizenId), scan(venueTokenOrUrl), scannedAt, CheckIn.DEVICE).get(0);
  }

  /** The request's one scan is passed down, so the poster is verified once however many people. */
  private List<CheckInReceipt> record(
      List<Long> citizenIds, VenueScan scan, Instant at, String source) {
    if (!scan.accepted()) {
      throw new VenueException("checkin." + scan.outcome());
    }
    List<CheckInRecorder.Recorded> recorded =
        recorder.scan(citizenIds, scan.venue().id(), at, source, this::atTheGate);
    List<CheckInReceipt> receipts = new ArrayList<>(recorded.size());
    for (CheckInRecorder.Recorded r : recorded) {
      CheckIn row = r.checkIn();
      receipts.add(
          new CheckInReceipt(
              row.id(),
              row.citizenId(),
              row.maskedName(),
              row.colour(),
              row.checkedInAt(),
              scan.venue(),
              r.repeated()));
    }
    return receipts;
  }

  /** Colour and masked name of the people who get a new row: one call to code-issue for all. */
  private Map<Long, CheckInRecorder.AtTheGate> atTheGate(List<Long> citizenIds) {
    List<CitizenId> ids = new ArrayList<>(citizenIds.size());
    for (long citizenId : citizenIds) {
      ids.add(CitizenId.of(citizenId));
    }
    Map<Long, CheckInRecorder.AtTheGate> people = new HashMap<>();
    for (CodeStatus s : codeCard.statuses(ids).values()) {
      people.put(
          s.citizenId().value(), new CheckInRecorder.AtTheGate(s.colour().name(), s.maskedName()));
    }
    return people;
  }

  @Override
  public Optional<CheckInReceipt> receipt(long citizenId, long checkInId) {
    CheckIn row = em.find(CheckIn.class, checkInId);
    if (row == null || row.citizenId() != citizenId) {
      return Optional.empty();
    }
    Venue venue = em.find(Venue.class, row.venueId());
    return Optional.of(
        new CheckInReceipt(
            row.id(),
            citizenId,
            row.maskedName(),
            row.colour(),
            row.checkedInAt(),
            venue.view(),
            false));
  }

  @Override
  public List<Trip> trips(long citizenId, Instant since) {
    return history.trips(citizenId, since);
  }
}
