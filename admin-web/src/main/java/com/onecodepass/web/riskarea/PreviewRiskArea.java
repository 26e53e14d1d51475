package com.onecodepass.web.riskarea;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.triprecord.api.riskarea.RiskAreaPreview;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Preview on the open draft: a dry run of whose code would change colour. The module only lets a
 * previewed draft be published, so this is the step before {@link RiskAreaDecision#publish}.
 */
@Named
@RequestScoped
public class PreviewRiskArea {

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject RiskAreaDetail detail;

  public void preview() {
    RiskAreaPreview p =
        desk.attempt(() -> riskAreas.preview(desk.who(), desk.from(), detail.getSelectedId()));
    if (p != null) {
      detail.previewed(shown(p));
      detail.reread();
    }
  }

  /** The forecast's non-empty colour pairs, in colour order, as the page lists them. */
  private static ShownPreview shown(RiskAreaPreview p) {
    List<ShownPreview.Change> changes = new ArrayList<>();
    for (CodeColour a : CodeColour.values()) {
      for (CodeColour b : CodeColour.values()) {
        long n = p.forecast().count(a, b);
        if (n > 0) {
          changes.add(new ShownPreview.Change(lower(a), lower(b), n));
        }
      }
    }
    return new ShownPreview(
        p.areaId(), p.venues(), p.forecast().people(), p.forecast().alreadyRecorded(), changes);
  }

  private static String lower(CodeColour c) {
    return c.name().toLowerCase(Locale.ROOT);
  }
}
