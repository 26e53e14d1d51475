package com.onecodepass.web.integration.control;

import com.onecodepass.web.integration.entity.RiskAreaView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Placeholder until risk areas are managed (an empty list is a true answer today). */
@ApplicationScoped
public class NoRiskAreasYet implements RiskAreaFeed {

  @Override
  public List<RiskAreaView> current() {
    return List.of();
  }
}
