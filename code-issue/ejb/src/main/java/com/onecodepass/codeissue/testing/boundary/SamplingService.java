package com.onecodepass.codeissue.testing.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.Sampling;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.codeissue.api.testing.TubeView;
import com.onecodepass.codeissue.citizen.control.CitizenStore;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import com.onecodepass.codeissue.testing.control.TubeMembers;
import com.onecodepass.codeissue.testing.entity.SampleTube;
import com.onecodepass.codeissue.testing.entity.SampleTubeMember;
import com.onecodepass.codeissue.testing.entity.TestResult;
import com.onecodepass.codeissue.token.control.SigningKeys;
import com.onecodepass.codeissue.token.control.TokenCodec;
import com.onecodepass.codeissue.token.control.TokenType;
import com.onecodepass.codeissue.token.control.Verification;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

@Stateless
public class SamplingService implements Sampling {

  private static final Pattern BARCODE = Pattern.compile("[A-Z0-9-]{6,32}");

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject CitizenStore citizens;
  @Inject TubeMembers members;
  @Inject SigningKeys keys;
  @Inject Recolouring recolouring;
  @EJB HealthRecords records;

  @Override
  public TubeView openTube(String barcode, String site, String staffId) {
    String code = barcode(barcode);
    SampleTube tube = em.find(SampleTube.class, code);
    if (tube == null) {
      if (site == null || site.isBlank() || site.strip().length() > 80) {
        throw new InvalidInputException("site", "tube.site", "name the sampling site");
      }
      tube = new SampleTube(code, site.strip(), staffId, Instant.now());
      em.persist(tube);
    } else if (tube.status() != SampleTube.Status.OPEN) {
      throw new InvalidInputException("barcode", "tube.resulted", "this tube already has a result");
    }
    return view(tube);
  }

  @Override
  public TubeView addToTube(String barcode, String scannedCodeOrResidentId, String staffId) {
    SampleTube tube = openTubeLocked(barcode);
    long citizenId = identify(scannedCodeOrResidentId);
    List<Long> members = memberIds(tube.barcode());
    if (members.contains(citizenId)) {
      throw new InvalidInputException("member", "tube.duplicate", "already in this tube");
    }
    if (members.size() >= TubeView.CAPACITY) {
      throw new InvalidInputException("member", "tube.full", "the tube holds 10 people");
    }
    em.persist(new SampleTubeMember(tube.barcode(), citizenId, Instant.now()));
    em.flush();
    return view(tube);
  }

  @Override
  public TubeView tube(String barcode) {
    return view(existing(barcode));
  }

  @Override
  public TubeView recordTubeResult(
      String barcode, TestOutcome result, Instant resultTime, String lab, String staffId) {
    SampleTube tube = openTubeLocked(barcode);
    if (result == null) {
      throw new InvalidInputException("result", "test.incomplete", "choose a result");
    }
    Instant at = resultTime == null ? Instant.now() : resultTime;
    String byLab = lab == null || lab.isBlank() ? "unknown" : lab.strip();
    tube.result(TestResult.Outcome.valueOf(result.name()), at, byLab);
    for (long citizenId : memberIds(tube.barcode())) {
      if (result == TestOutcome.NEGATIVE) {
        em.persist(TestResult.fromTube(citizenId, tube.openedAt(), at, byLab, tube.barcode()));
      } else {
        em.persist(
            new HealthCondition(
                citizenId,
                ConditionType.POOL_POSITIVE,
                tube.openedAt(),
                ConditionSource.SAMPLING,
                tube.barcode(),
                staffId,
                null));
      }
      em.flush();
      recolouring.reevaluate(
          citizenId, ColourChange.Source.RULE, null, "pooled tube " + tube.barcode());
    }
    return view(tube);
  }

  @Override
  public void recordIndividualResult(
      String residentId,
      TestOutcome result,
      Instant sampleTime,
      Instant resultTime,
      String lab,
      String staffId) {
    long citizenId = byResidentId(ResidentId.parse(residentId));
    records.recordTestResult(
        new TestResultRecord(
            citizenId, sampleTime, resultTime == null ? Instant.now() : resultTime, result, lab));
  }

  private long identify(String input) {
    if (input == null || input.isBlank()) {
      throw new InvalidInputException("member", "member.empty", "scan a code or type an ID");
    }
    String value = input.strip();
    if (value.contains(".") || value.contains("/")) {
      Verification v =
          TokenCodec.verify(value, keys.ring(), Instant.now(), keys.grace(), TokenType.PERSONAL);
      if (v.verdict() != TokenVerdict.VALID) {
        throw new InvalidInputException(
            "member", "verdict." + v.verdict().errorCode(), "code not accepted");
      }
      return citizens
          .idOfSubject(v.token().subject())
          .orElseThrow(
              () -> new InvalidInputException("member", "member.unknown", "unknown person"));
    }
    return byResidentId(ResidentId.parse(value));
  }

  private long byResidentId(ResidentId id) {
    return citizens
        .byResidentId(id)
        .map(Citizen::id)
        .orElseThrow(
            () -> new InvalidInputException("member", "member.unknown", "no citizen with this ID"));
  }

  private SampleTube openTubeLocked(String barcode) {
    SampleTube tube = em.find(SampleTube.class, barcode(barcode), LockModeType.PESSIMISTIC_WRITE);
    if (tube == null) {
      throw new InvalidInputException("barcode", "tube.unknown", "no such tube");
    }
    if (tube.status() != SampleTube.Status.OPEN) {
      throw new InvalidInputException("barcode", "tube.resulted", "this tube already has a result");
    }
    return tube;
  }

  private SampleTube existing(String barcode) {
    SampleTube tube = em.find(SampleTube.class, barcode(barcode));
    if (tube == null) {
      throw new InvalidInputException("barcode", "tube.unknown", "no such tube");
    }
    return tube;
  }

  private List<Long> memberIds(String barcode) {
    return members.citizenIds(barcode);
  }

  private TubeView view(SampleTube tube) {
    List<String> names = members.maskedNames(tube.barcode());
    return new TubeView(
        tube.barcode(),
        tube.site(),
        tube.status().name(),
        tube.result() == null ? null : TestOutcome.valueOf(tube.result().name()),
        names);
  }

  private static String barcode(String raw) {
    String code = raw == null ? "" : raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (!BARCODE.matcher(code).matches()) {
      throw new InvalidInputException("barcode", "tube.barcode", "6-32 letters, digits or dashes");
    }
    return code;
  }
}
