package com.onecodepass.web.integration.control;

import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.web.integration.entity.RiskAreaView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The areas trip-record holds in force (published or applied, period not over). */
@ApplicationScoped
public class ModuleRiskAreaFeed implements RiskAreaFeed {

  @EJB RiskAreas areas;

  @Override
  public List<RiskAreaView> current() {
    return areas.inForce().stream()
        .map(
            a ->
                new RiskAreaView(
                    a.publicId(),
                    a.districtCode(),
                    a.name(),
                    a.level().name(),
                    a.effectiveFrom(),
                    a.effectiveUntil()))
        .toList();
  }
}
