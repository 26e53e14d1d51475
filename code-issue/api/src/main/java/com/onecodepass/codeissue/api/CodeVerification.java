package com.onecodepass.codeissue.api;

import jakarta.ejb.Local;

@Local
public interface CodeVerification {

  /** Verifies a personal code token or the full scanned URL; never throws on bad input. */
  VerificationView verify(String tokenOrUrl);

  /** The public verification keys as a JSON Web Key Set, for offline verifiers. */
  String publicKeysJwks();
}
