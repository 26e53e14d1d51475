package com.onecodepass.codeissue.api.code;

import jakarta.ejb.Local;

/**
 * Signed venue codes for printed posters. code-issue holds the signing keys, so trip-record asks
 * here instead of signing itself; the venue's own state (suspended or not) is trip-record's.
 */
@Local
public interface VenueCodes {

  /** A token for the venue's poster; valid for years, verifiable offline like personal codes. */
  String sign(String venueSubject);

  /** Checks a scanned venue code, bare or as a URL; never throws on bad input. */
  VenueCodeCheck check(String tokenOrUrl);
}
