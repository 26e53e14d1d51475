package com.onecodepass.web.citizen.credential;

import java.time.Duration;

/**
 * What a signed-in citizen's browser carries instead of a server session: who (citizen id, the
 * masked number shown back to them), which sign-in ({@code id}, the handle sign-out revokes), when
 * that sign-in happened (compared with a "signed out everywhere" time) and the window this copy is
 * valid in. All times are epoch seconds.
 */
public record CitizenCredential(
    long citizenId, String id, String maskedName, long signedInAt, long issuedAt, long expiresAt) {

  /** Past half its lifetime: worth re-issuing, so an active citizen is never signed out. */
  public boolean dueForRenewal(long now) {
    return now - issuedAt >= (expiresAt - issuedAt) / 2;
  }

  /** The same sign-in, valid for another {@code lifetime} from {@code now}. */
  public CitizenCredential renewed(long now, Duration lifetime) {
    return new CitizenCredential(
        citizenId, id, maskedName, signedInAt, now, now + lifetime.toSeconds());
  }
}
