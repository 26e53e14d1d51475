package com.onecodepass.triprecord.api.venue;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.checkin.VisitLog;
import jakarta.ejb.Local;
import java.util.Optional;

/** Venue registration, approval and posters. Every staff call is scoped by {@link StaffScope}. */
@Local
public interface Venues {

  /** An operator's new venue; it starts PENDING until staff of its district approve it. */
  VenueView register(StaffScope operator, VenueRegistration registration);

  /**
   * Operators: their own venues; district staff: their district's; city admins: all — newest first,
   * one page of those matching {@code filter}.
   */
  VenuePage visibleTo(StaffScope who, VenueFilter filter);

  /** One venue if {@code who} may see it, else {@link VenueException} {@code venue.notFound}. */
  VenueView find(StaffScope who, long venueId);

  VenueView approve(StaffScope staff, long venueId);

  VenueView suspend(StaffScope staff, long venueId);

  /** The signed venue code for the venue's poster (valid for years; only for ACTIVE venues). */
  String posterToken(StaffScope who, long venueId);

  /** The newest visits (masked) and today's count. */
  VisitLog visitLog(StaffScope who, long venueId, int limit);

  /** Any venue by id, no scoping: for citizens' pages that already hold a check-in. */
  Optional<VenueView> byId(long venueId);
}
