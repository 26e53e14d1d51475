package com.onecodepass.codeissue.api.code;

import java.util.Locale;

public enum TokenVerdict {
  VALID,
  EXPIRED,
  BAD_SIGNATURE,
  UNKNOWN_KEY,
  NOT_A_PERSONAL_CODE,
  /** A personal code scanned where a venue poster was expected. */
  NOT_A_VENUE_CODE,
  MALFORMED;

  /** Value for JSON responses and message keys; part of the public API, so spelled out stable. */
  public String errorCode() {
    return name().toLowerCase(Locale.ROOT);
  }
}
