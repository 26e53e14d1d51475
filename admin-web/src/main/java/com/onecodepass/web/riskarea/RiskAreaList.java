package com.onecodepass.web.riskarea;

import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.web.platform.DistrictNames;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * /staff/risk-areas.xhtml: the areas in the officer's reach, newest first. View scoped so that an
 * Open button is decoded against the rows the officer was shown, not a list that has since gained
 * an area at the top; actions that change an area ask for a fresh read.
 */
@Named
@ViewScoped
public class RiskAreaList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject DistrictNames districtNames;

  private transient List<RiskAreaView> areas;

  public List<RiskAreaView> getAreas() {
    if (areas == null) {
      areas = riskAreas.visibleTo(desk.who(), 200);
    }
    return areas;
  }

  /** An area was created or changed status: read the list again when it is next shown. */
  public void refresh() {
    areas = null;
  }

  public String district(String code) {
    return districtNames.name(code);
  }

  public String when(Instant t) {
    return RiskAreaDesk.when(t);
  }
}
