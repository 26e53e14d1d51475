package com.onecodepass.web.dashboard.control;

import com.onecodepass.web.integration.control.RiskAreaFeed;
import com.onecodepass.web.integration.entity.RiskAreaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The dashboard's one question about risk areas. It asks the same {@link RiskAreaFeed} the
 * integrator API publishes from, so whichever implementation the risk-area feature provides (today
 * {@code NoRiskAreasYet}, an honest zero) serves both; risk areas are a few hundred rows at most.
 */
@ApplicationScoped
public class ActiveRiskAreas {

  @Inject RiskAreaFeed feed;

  /**
   * @param districtCode a district, or null for the whole city
   */
  public long count(String districtCode, Instant now) {
    return feed.current().stream()
        .filter(a -> districtCode == null || districtCode.equals(a.districtCode()))
        .filter(a -> inForce(a, now))
        .count();
  }

  static boolean inForce(RiskAreaView a, Instant now) {
    return (a.effectiveFrom() == null || !a.effectiveFrom().isAfter(now))
        && (a.effectiveUntil() == null || a.effectiveUntil().isAfter(now));
  }
}
