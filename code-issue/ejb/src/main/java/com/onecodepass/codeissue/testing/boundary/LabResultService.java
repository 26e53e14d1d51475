package com.onecodepass.codeissue.testing.boundary;

import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.testing.LabResults;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TubeView;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.control.DistrictGate;
import com.onecodepass.codeissue.testing.control.TubeMembers;
import com.onecodepass.platform.api.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The lab-results page's writes: the import's district rule, checked before anything is stored. */
@Stateless
public class LabResultService implements LabResults {

  static final String NOT_PERMITTED = "lab.notPermitted";

  @Inject CitizenStore citizens;
  @Inject TubeMembers members;
  @Inject DistrictGate gate;
  @EJB Sampling sampling;

  @Override
  public TubeView recordTube(
      StaffScope scope, String clientAddress, String barcode, TestOutcome result, String lab) {
    String code = barcode == null ? "" : barcode.strip().toUpperCase(Locale.ROOT);
    String target = "tube " + code + " " + result;
    List<String> districts = members.districts(code);
    if (!mayRecord(scope) || !districts.stream().allMatch(d -> mayRecordFor(scope, d))) {
      refuse(scope, "lab.result.tube", target, clientAddress);
    }
    TubeView tube = sampling.recordTubeResult(code, result, Instant.now(), lab, scope.username());
    gate.record(scope, "lab.result.tube", target, null, clientAddress);
    return tube;
  }

  @Override
  public void recordIndividual(
      StaffScope scope,
      String clientAddress,
      String residentId,
      TestOutcome result,
      Instant sampleTime,
      String lab) {
    ResidentId id = ResidentId.parse(residentId);
    String target = "id " + id.masked() + " " + result;
    if (!mayRecord(scope)) {
      refuse(scope, "lab.result.individual", target, clientAddress);
    }
    if (scope.role() != StaffScope.Role.CITY_ADMIN) {
      // Unknown and another district's person are refused alike: no probing who is registered.
      boolean ours =
          citizens.byResidentId(id).filter(c -> mayRecordFor(scope, c.districtCode())).isPresent();
      if (!ours) {
        refuse(scope, "lab.result.individual", target, clientAddress);
      }
    }
    sampling.recordIndividualResult(
        id.value(), result, sampleTime, Instant.now(), lab, scope.username());
    gate.record(scope, "lab.result.individual", target, null, clientAddress);
  }

  private static boolean mayRecord(StaffScope scope) {
    return scope != null
        && (scope.role() == StaffScope.Role.CITY_ADMIN
            || (scope.role() == StaffScope.Role.DISTRICT_STAFF && scope.districtCode() != null));
  }

  private static boolean mayRecordFor(StaffScope scope, String district) {
    return scope.role() == StaffScope.Role.CITY_ADMIN || scope.districtCode().equals(district);
  }

  private void refuse(StaffScope scope, String action, String target, String clientAddress) {
    throw gate.refusal(
        scope, action, target, "not this officer's district", clientAddress, NOT_PERMITTED);
  }
}
