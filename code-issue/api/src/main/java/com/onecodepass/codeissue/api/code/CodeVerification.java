package com.onecodepass.codeissue.api.code;

import jakarta.ejb.Local;
import java.time.Instant;

@Local
public interface CodeVerification {

  /** Verifies a personal code token or the full scanned URL; never throws on bad input. */
  VerificationView verify(String tokenOrUrl);

  /** The public verification keys as a JSON Web Key Set, for offline verifiers. */
  String publicKeysJwks();

  /**
   * When the key that signs codes now was created: operations alert when it is older than the
   * rotation policy allows (ops/prometheus), long before anyone has to rotate in a hurry.
   */
  Instant activeSigningKeyCreatedAt();
}
