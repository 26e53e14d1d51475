package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;

/**
 * People (children, elderly relatives) whose codes a registered citizen holds. A dependant is a
 * citizen without a mobile number; when they register themselves, they keep their id, history and
 * link.
 */
@Local
public interface Dependants {

  /** The relation codes a holder may choose: the dependant is the holder's … */
  List<String> RELATIONS =
      List.of("CHILD", "PARENT", "GRANDCHILD", "GRANDPARENT", "SPOUSE", "OTHER");

  int MAX_PER_HOLDER = 5;

  List<DependantView> dependantsOf(long holderCitizenId);

  boolean isHolderOf(long holderCitizenId, long dependantCitizenId);

  /** Whether the holder holds every one of them, in one call (a family checking in together). */
  boolean holdsAll(CitizenId holder, Collection<CitizenId> dependants);

  /**
   * @throws InvalidInputException {@code dependant.consent} (not given), name and resident ID keys
   *     as in registration, {@code dependant.relation}, {@code dependant.limit} (five already),
   *     {@code dependant.ownAccount} (the person is registered), {@code dependant.heldByOther},
   *     {@code dependant.already} (held by this holder), {@code dependant.self}
   */
  DependantView add(
      long holderCitizenId, String name, String residentId, String relation, boolean consent);

  /** Unlinks; the dependant's row and history stay. */
  void remove(long holderCitizenId, long dependantCitizenId);
}
