package com.onecodepass.web.riskarea;

import com.onecodepass.triprecord.api.riskarea.RiskAreaStatus;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * How far the module has got applying (or ending) the open area. The page polls each second while
 * it works, and the poll stops itself once the area reads as applied or ended.
 */
@Named
@RequestScoped
public class RiskAreaProgress {

  @Inject RiskAreaDetail detail;

  public boolean isApplying() {
    RiskAreaView s = detail.getSelected();
    return s != null && (s.status() == RiskAreaStatus.PUBLISHED || s.endingPending());
  }

  /** The poll's listener: re-read the area and the list. */
  public void refresh() {
    detail.reread();
  }

  /** People processed per second so far, rounded for the progress line. */
  public String getRate() {
    return String.format(Locale.ROOT, "%.0f", detail.getSelected().rate());
  }
}
