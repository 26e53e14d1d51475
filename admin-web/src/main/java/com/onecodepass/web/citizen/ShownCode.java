package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;

/** Whose code a signed-in citizen asked to see: their own, or a dependant they hold. */
final class ShownCode {

  private ShownCode() {}

  /**
   * The dependant named by {@code ?for=}, if the signed-in citizen holds them; anything else (a
   * stranger's id, garbage) gives null, i.e. the citizen's own code, so nothing leaks.
   */
  static Long dependantAsked(String raw, long holder, Dependants dependants) {
    long id;
    try {
      id = raw == null ? 0 : Long.parseLong(raw);
    } catch (NumberFormatException notAnId) {
      return null;
    }
    if (id <= 0) {
      return null;
    }
    return id != holder && dependants.isHolderOf(holder, id) ? id : null;
  }

  /**
   * The signed-in citizen's code, or a dependant's they hold ({@code ?for=}); null when nobody is
   * signed in.
   */
  static CodeCardView card(
      CitizenSession session, String forId, Dependants dependants, CodeCard codeCard) {
    Long citizen = session.getCitizenId();
    if (citizen == null) {
      return null;
    }
    Long dependant = dependantAsked(forId, citizen, dependants);
    return codeCard.show(dependant == null ? citizen : dependant);
  }
}
