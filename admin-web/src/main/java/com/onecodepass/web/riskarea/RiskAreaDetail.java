package com.onecodepass.web.riskarea;

import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaView;
import com.onecodepass.triprecord.api.riskarea.RiskAreas;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;

/**
 * The area open below the list (chosen there, or just drafted), and the preview the officer ran on
 * it. The preview lives here because it belongs to the area: opening another one drops it, so
 * Publish is only ever offered under the numbers of the area it publishes.
 */
@Named
@ViewScoped
public class RiskAreaDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB RiskAreas riskAreas;
  @Inject RiskAreaDesk desk;
  @Inject RiskAreaList list;

  private Long selectedId;
  private ShownPreview preview;

  private transient RiskAreaView selected;

  public void open(long id) {
    selectedId = id;
    selected = null;
    if (preview != null && preview.areaId() != id) {
      preview = null;
    }
  }

  /** The area changed (or may have, while applying): read it and the list's row again. */
  public void reread() {
    selected = null;
    list.refresh();
  }

  void previewed(ShownPreview shown) {
    preview = shown;
  }

  public RiskAreaView getSelected() {
    if (selected == null && selectedId != null) {
      try {
        selected = riskAreas.find(desk.who(), selectedId);
      } catch (RiskAreaException e) {
        selectedId = null;
        Messages.error(null, e.messageKey());
      }
    }
    return selected;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public ShownPreview getPreview() {
    return preview;
  }

  public boolean isPreviewShown() {
    return preview != null && Long.valueOf(preview.areaId()).equals(selectedId);
  }

  public String when(Instant t) {
    return RiskAreaDesk.when(t);
  }
}
