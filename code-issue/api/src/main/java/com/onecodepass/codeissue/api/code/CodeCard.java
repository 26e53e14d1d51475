package com.onecodepass.codeissue.api.code;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

@Local
public interface CodeCard {

  /** The citizen's current code with a fresh short-lived token. */
  CodeCardView show(long citizenId);

  /** The colour and masked identity only, e.g. for a check-in confirmation; cache-first. */
  CodeStatus status(long citizenId);

  /**
   * As {@link #status}, for several people in one call and one read of the cache (a family checking
   * in together), keyed by citizen id.
   *
   * @throws InvalidInputException {@code citizen.unknown} if one of them is unknown, as {@link
   *     #status} does
   */
  Map<CitizenId, CodeStatus> statuses(Collection<CitizenId> citizenIds);
}
