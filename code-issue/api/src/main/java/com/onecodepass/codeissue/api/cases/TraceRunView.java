package com.onecodepass.codeissue.api.cases;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A kept tracing run: what was asked, when, by whom, and the people it found — the closest ones
 * when there are more than a review shows ({@code peopleFound} is how many in all).
 */
public record TraceRunView(
    long id,
    long caseId,
    ContactKind kind,
    int days,
    int windowMinutes,
    Instant tracedFrom,
    Instant tracedTo,
    int sourceVisits,
    Instant ranAt,
    String ranBy,
    List<TracedPerson> people,
    int peopleFound)
    implements Serializable {

  /** True when the run found more people than {@link #people} holds. */
  public boolean capped() {
    return peopleFound > people.size();
  }
}
