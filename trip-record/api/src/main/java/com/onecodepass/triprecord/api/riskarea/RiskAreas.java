package com.onecodepass.triprecord.api.riskarea;

import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.venue.VenueView;
import jakarta.ejb.Local;
import java.util.List;

/**
 * Risk areas: defined by district staff (in their district) or city admins (anywhere), previewed,
 * published and applied to codes in batches, withdrawn. Every call is scoped by {@link StaffScope};
 * acting on another district throws {@link RiskAreaNotPermitted} and is audited. {@code client} is
 * the caller's address for the audit log.
 */
@Local
public interface RiskAreas {

  RiskAreaView define(StaffScope who, String client, RiskAreaDraft draft);

  /** District staff: their district's areas; city admins: all; newest first. */
  List<RiskAreaView> visibleTo(StaffScope who, int limit);

  RiskAreaView find(StaffScope who, long id);

  /** Dry run: counts by colour change, nothing written but the preview's totals on the area. */
  RiskAreaPreview preview(StaffScope who, String client, long id);

  /**
   * Publishes a previewed draft and starts applying it in the background; returns at once. Poll
   * {@link #find} for progress.
   */
  RiskAreaView publish(StaffScope who, String client, long id);

  /** Withdraws an area; the conditions it recorded are ended in the background. */
  RiskAreaView withdraw(StaffScope who, String client, long id);

  /**
   * Active venues an officer may put in an area of kind VENUES (their district's; admins': all).
   */
  List<VenueView> pickableVenues(StaffScope who, String districtCode, int limit);

  /** Areas in force now (published or applied, period not over), for integrators. */
  List<RiskAreaView> inForce();
}
