package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.NotPermittedException;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Staff reads of a citizen's records, scoped by district here rather than in the pages: city admins
 * read everyone; district staff only citizens whose residence district (the district given at
 * registration, {@code citizen.district_code}) is theirs; other roles nobody. Every read is audited
 * with the reason where one is given; a refused read is audited as {@code <action>.denied} and then
 * throws {@link NotPermittedException}. "Not there" and "not yours" answer alike (only the audit
 * entry differs), so staff cannot probe who is registered in another district. {@code
 * clientAddress} is where the request came from, for the audit entry.
 */
@Local
public interface CitizenRecords {

  /**
   * Exact look-up by resident ID or mobile number (through the blind indexes; a mobile number can
   * belong to several people). People of another district are left out as if not registered.
   *
   * @throws InvalidInputException {@code citizen.query.invalid} when the text is neither
   */
  List<CitizenCard> lookUp(StaffScope scope, String residentIdOrMobile, String clientAddress);

  /** One citizen by id (e.g. from a link); masked. Empty: nobody with that id within reach. */
  Optional<CitizenCard> card(StaffScope scope, long citizenId, String clientAddress);

  /**
   * Full name, resident ID and mobile number.
   *
   * @throws InvalidInputException {@code citizen.reason.required} without a reason
   */
  CitizenIdentity unmask(StaffScope scope, long citizenId, String reason, String clientAddress);

  /** Colour changes and test results. */
  CitizenHistory history(StaffScope scope, long citizenId, String reason, String clientAddress);

  /**
   * For other modules' staff reads of a citizen (e.g. trips): checks the district and audits {@code
   * action}, or audits the refusal and throws.
   */
  void authorise(
      StaffScope scope, CitizenId citizen, String action, String reason, String clientAddress);

  /**
   * For tracing (trip-record), which traces from people but does not know where they live: admits
   * the people an officer may trace from with one audit entry {@code action}, or audits {@code
   * <action>.denied} and throws. In reach are the people of the officer's district and the
   * confirmed contacts of the district's cases wherever they live (their secondary contacts are the
   * case's work). An id that names nobody is refused exactly like another district's person, so ids
   * cannot be probed; only the audit entry tells the two apart.
   *
   * @throws NotPermittedException {@code tracing.notPermitted}
   */
  void authoriseTrace(
      StaffScope scope, Collection<CitizenId> citizenIds, String action, String clientAddress);
}
