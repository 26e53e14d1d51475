package com.onecodepass.codeissue.api;

import jakarta.ejb.Local;

@Local
public interface CodeCard {

  /** The citizen's current code with a fresh short-lived token. */
  CodeCardView show(long citizenId);

  /** The colour and masked identity only, e.g. for a check-in confirmation; cache-first. */
  CodeStatus status(long citizenId);
}
