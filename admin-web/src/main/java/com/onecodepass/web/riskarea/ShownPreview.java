package com.onecodepass.web.riskarea;

import java.io.Serializable;
import java.util.List;

/** What a preview showed for one area: venues matched, people reached and their colour changes. */
public record ShownPreview(
    long areaId, int venues, long people, long alreadyRecorded, List<Change> changes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the preview: how many people go from one colour to another. */
  public record Change(String from, String to, long people) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean changing() {
      return !from.equals(to);
    }
  }
}
