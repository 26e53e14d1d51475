package com.onecodepass.web.riskarea;

import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/**
 * The officer's two confirmed decisions on the open area: publish a previewed draft (the module
 * then applies it in the background, see {@link RiskAreaProgress}) or withdraw an area.
 */
@Named
@RequestScoped
public class RiskAreaDecision {

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject RiskAreaDetail detail;

  public void publish() {
    decide(() -> riskAreas.publish(desk.who(), desk.from(), detail.getSelectedId()));
  }

  public void withdraw() {
    decide(() -> riskAreas.withdraw(desk.who(), desk.from(), detail.getSelectedId()));
  }

  private void decide(Supplier<RiskAreaView> decision) {
    if (desk.attempt(decision) != null) {
      detail.reread();
    }
  }
}
