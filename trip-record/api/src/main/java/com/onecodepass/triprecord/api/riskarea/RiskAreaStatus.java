package com.onecodepass.triprecord.api.riskarea;

/**
 * DRAFT (defined, previewable) → PUBLISHED (codes being applied in batches) → APPLIED; WITHDRAWN by
 * staff or EXPIRED after its period both end the conditions the area recorded.
 */
public enum RiskAreaStatus {
  DRAFT,
  PUBLISHED,
  APPLIED,
  WITHDRAWN,
  EXPIRED;

  /** In force: listed to integrators and colouring codes. */
  public boolean inForce() {
    return this == PUBLISHED || this == APPLIED;
  }
}
