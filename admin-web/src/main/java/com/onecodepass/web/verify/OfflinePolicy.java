package com.onecodepass.web.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How old a code a checkpoint may accept when it verifies without the platform (its device cannot
 * reach the servers). Online, a code lives 60 s plus 15 s grace, which is what defeats screenshots;
 * offline, a person may only hold the code their phone saved before the outage, so the checkpoint
 * accepts a correctly signed code up to this many minutes old and shows its age. The trade-off is
 * in docs/RELIABILITY.md.
 */
@Named
@ApplicationScoped
public class OfflinePolicy {

  static final int DEFAULT_MINUTES = 30;
  static final int MAX_MINUTES = 24 * 60;

  public int getAcceptMinutes() {
    return minutes(System.getProperty("ocp.offline.accept.minutes"));
  }

  static int minutes(String configured) {
    if (configured == null || configured.isBlank()) {
      return DEFAULT_MINUTES;
    }
    try {
      int m = Integer.parseInt(configured.trim());
      return m < 0 ? 0 : Math.min(m, MAX_MINUTES);
    } catch (NumberFormatException e) {
      return DEFAULT_MINUTES;
    }
  }
}
