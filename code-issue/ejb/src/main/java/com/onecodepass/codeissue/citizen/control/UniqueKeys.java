package com.onecodepass.codeissue.citizen.control;

import jakarta.persistence.PersistenceException;
import java.util.Locale;

/**
 * Which unique key a write ran into. Two people racing for the same ID or the same number both pass
 * the look-up before the insert; the key the database names tells which field to answer at.
 */
public final class UniqueKeys {

  private UniqueKeys() {}

  /** True when {@code e} (or a cause) names {@code key}; MariaDB and H2 both do in the message. */
  public static boolean violated(PersistenceException e, String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }
}
