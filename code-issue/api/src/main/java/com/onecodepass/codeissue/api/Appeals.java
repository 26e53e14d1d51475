package com.onecodepass.codeissue.api;

import jakarta.ejb.Local;
import java.util.List;

/** A citizen's appeal against a yellow or red code, and the staff decision on it. */
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

  /** Open appeals of a district's residents, oldest first; {@code null}: the whole city. */
  List<AppealView> openForDistrict(String districtCode);

  /**
   * Approval ends the person's open conditions whose rule category is the one the appeal was about,
   * and the rule set recolours them; rejection changes nothing but the appeal.
   *
   * @throws InvalidInputException {@code appeal.answer} (blank or too long), {@code
   *     appeal.unknown}, {@code appeal.decided} (not open any more)
   */
  AppealView decide(long appealId, boolean approve, String answer, String staffId);
}
