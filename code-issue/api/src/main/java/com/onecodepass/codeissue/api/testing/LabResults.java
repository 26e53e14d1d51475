package com.onecodepass.codeissue.api.testing;

import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.Local;
import java.time.Instant;

/**
 * Results recorded by staff on the lab-results page, under the same rule as the CSV import ({@link
 * ResultImports}): city admins record for everyone; district staff only for residents of their
 * district, and a pooled tube only when every member is one; other roles nothing. A refusal is
 * audited, stores nothing and throws {@link com.onecodepass.platform.api.NotPermittedException}
 * ({@code lab.notPermitted}); for district staff an ID nobody has is refused the same way, so the
 * page cannot tell who is registered elsewhere. Every recorded result is audited too.
 */
@Local
public interface LabResults {

  TubeView recordTube(
      StaffScope scope, String clientAddress, String barcode, TestOutcome result, String lab);

  void recordIndividual(
      StaffScope scope,
      String clientAddress,
      String residentId,
      TestOutcome result,
      Instant sampleTime,
      String lab);
}
