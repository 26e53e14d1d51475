package com.onecodepass.triprecord.api.riskarea;

/**
 * What an area covers, matched against the venues' stored fields: a whole district (its code), a
 * sub-district (街道, a name found in the venue's address or community), a compound (小区, the venue's
 * community or a name in its address), or an explicit list of venues.
 */
public enum RiskAreaKind {
  DISTRICT,
  SUB_DISTRICT,
  COMPOUND,
  VENUES
}
