package com.onecodepass.codeissue.api.code;

/**
 * The verdict on a scanned venue code; {@code venueSubject} is set when the signature held (VALID
 * or EXPIRED), else null. A personal code gets {@link TokenVerdict#NOT_A_VENUE_CODE}.
 */
public record VenueCodeCheck(TokenVerdict verdict, String venueSubject) {

  public boolean valid() {
    return verdict == TokenVerdict.VALID;
  }
}
