package com.onecodepass.platform.api;

import jakarta.ejb.Local;

/**
 * The audit chain's standing verification, as operators' metrics show it: each node walks the
 * entries added since its last walk, every minute.
 */
@Local
public interface AuditChainHealth {

  /** Walks the entries added since the last walk; false if a walk was already running. */
  boolean verifyNow();

  /** 1 while no break has been found (before the first walk too), else 0. */
  int intact();

  long entriesChecked();

  /** When a walk last completed, in epoch seconds; 0 before the first one. */
  long verifiedAtSeconds();
}
