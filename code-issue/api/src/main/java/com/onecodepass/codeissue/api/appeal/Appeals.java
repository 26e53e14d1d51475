package com.onecodepass.codeissue.api.appeal;

import com.onecodepass.codeissue.api.InvalidInputException;
import jakarta.ejb.Local;
import java.util.List;

/**
 * A citizen's appeal against a yellow or red code. Officers decide in {@link AppealDesk}, scoped by
 * district.
 */
@Local
public interface Appeals {

  int MAX_DETAIL = 500;

  /**
   * @throws InvalidInputException {@code appeal.green} (nothing to appeal), {@code appeal.open}
   *     (one is already open), {@code appeal.reason} (missing), {@code appeal.detail} (too long)
   */
  AppealView file(long citizenId, AppealReason reason, String detail);

  /** Newest first. */
  List<AppealView> mine(long citizenId);
}
