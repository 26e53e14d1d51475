package com.onecodepass.web.integration.control;

import com.onecodepass.codeissue.api.citizen.CitizenDirectory;
import com.onecodepass.codeissue.api.citizen.InvalidResidentIdException;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeStatus;
import com.onecodepass.web.integration.entity.ApiCaller;
import com.onecodepass.web.integration.entity.CodeStatusAnswer;
import com.onecodepass.web.integration.entity.IntegrationException;
import com.onecodepass.web.integration.entity.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One resident's code colour for an admitted client. Every answer and every refusal is audited with
 * the masked resident id, since the question alone tells something about a person.
 */
@ApplicationScoped
public class CodeStatusLookup {

  public static final String OPERATION = "code-status";

  @EJB CitizenDirectory directory;
  @EJB CodeCard codeCard;
  @EJB AuditTrail audit;

  public CodeStatusAnswer lookUp(ApiCaller caller, String residentId) {
    ResidentId id;
    try {
      id = ResidentId.parse(residentId);
    } catch (InvalidResidentIdException e) {
      audit.record(caller, OPERATION, null, "invalid-resident-id");
      throw new IntegrationException(
          Problem.INVALID_RESIDENT_ID, e.problem().messageKey(), "residentId", 0);
    }
    Long citizenId = directory.idOf(id.value()).orElse(null);
    if (citizenId == null) {
      audit.record(caller, OPERATION, id.masked(), "unknown-resident");
      throw new IntegrationException(Problem.UNKNOWN_RESIDENT, null, "residentId", 0);
    }
    CodeStatus status = codeCard.status(citizenId);
    audit.record(caller, OPERATION, id.masked(), "ok");
    return new CodeStatusAnswer(
        status.colour().name(),
        status.colourSince(),
        status.reasonCategory(),
        status.maskedName(),
        status.maskedResidentId());
  }
}
