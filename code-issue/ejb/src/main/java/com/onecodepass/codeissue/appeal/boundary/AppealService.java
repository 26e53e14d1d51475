package com.onecodepass.codeissue.appeal.boundary;

import com.onecodepass.codeissue.api.AppealReason;
import com.onecodepass.codeissue.api.AppealStatus;
import com.onecodepass.codeissue.api.AppealView;
import com.onecodepass.codeissue.api.Appeals;
import com.onecodepass.codeissue.api.CodeColour;
import com.onecodepass.codeissue.api.HealthRecords;
import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.Rule;
import com.onecodepass.codeissue.colour.control.RuleSet;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.colour.entity.HealthCondition;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Appeals. An approval ends only the person's open conditions of the appealed kind — those whose
 * rule category is the reason the code showed when the appeal was filed — through {@link
 * HealthRecords#endCondition}, so the rule set recolours the person and the history records a staff
 * decision. Other open conditions (say, a confirmed case behind a symptoms appeal) stay.
 */
@Stateless
public class AppealService implements Appeals {

  public static final String END_REASON = "APPEAL_APPROVED";

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB HealthRecords healthRecords;
  @Inject RuleSets ruleSets;

  @Override
  public AppealView file(long citizenId, AppealReason reason, String detailInput) {
    if (reason == null) {
      throw new InvalidInputException("reason", "appeal.reason", "reason is required");
    }
    String detail = detailInput == null || detailInput.isBlank() ? null : detailInput.strip();
    if (detail != null && detail.codePointCount(0, detail.length()) > MAX_DETAIL) {
      throw new InvalidInputException("detail", "appeal.detail", "detail too long");
    }
    // The row lock serialises two filings of the same person: at most one open appeal.
    Citizen citizen = em.find(Citizen.class, citizenId, LockModeType.PESSIMISTIC_WRITE);
    if (citizen == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    if (citizen.colour() == CodeColour.GREEN) {
      throw new InvalidInputException("reason", "appeal.green", "a green code needs no appeal");
    }
    boolean open =
        !em.createQuery(
                "select a.id from Appeal a where a.citizenId = :id and a.status = :open",
                Long.class)
            .setParameter("id", citizenId)
            .setParameter("open", AppealStatus.OPEN)
            .getResultList()
            .isEmpty();
    if (open) {
      throw new InvalidInputException("reason", "appeal.open", "an appeal is already open");
    }
    Appeal appeal =
        new Appeal(
            citizenId,
            citizen.districtCode(),
            citizen.colour(),
            citizen.colourReason(),
            reason,
            detail,
            Instant.now());
    em.persist(appeal);
    em.flush();
    return view(appeal, citizen.nameMasked());
  }

  @Override
  public List<AppealView> mine(long citizenId) {
    return em.createQuery(
            "select a, c.nameMasked from Appeal a, Citizen c where c.id = a.citizenId"
                + " and a.citizenId = :id order by a.filedAt desc, a.id desc",
            Object[].class)
        .setParameter("id", citizenId)
        .setMaxResults(50)
        .getResultStream()
        .map(r -> view((Appeal) r[0], (String) r[1]))
        .toList();
  }

  @Override
  public List<AppealView> openForDistrict(String districtCode) {
    return em.createQuery(
            "select a, c.nameMasked from Appeal a, Citizen c where c.id = a.citizenId"
                + " and a.status = :open and (:district is null or a.districtCode = :district)"
                + " order by a.filedAt, a.id",
            Object[].class)
        .setParameter("open", AppealStatus.OPEN)
        .setParameter("district", districtCode)
        .setMaxResults(500)
        .getResultStream()
        .map(r -> view((Appeal) r[0], (String) r[1]))
        .toList();
  }

  @Override
  public AppealView decide(long appealId, boolean approve, String answerInput, String staffId) {
    String answer = answerInput == null ? "" : answerInput.strip();
    if (answer.isEmpty() || answer.codePointCount(0, answer.length()) > MAX_DETAIL) {
      throw new InvalidInputException("answer", "appeal.answer", "answer blank or too long");
    }
    if (staffId == null || staffId.isBlank()) {
      throw new InvalidInputException("staff", "appeal.staff", "the deciding officer is required");
    }
    Appeal appeal = em.find(Appeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
    if (appeal == null) {
      throw new InvalidInputException("appeal", "appeal.unknown", "no such appeal");
    }
    if (appeal.status() != AppealStatus.OPEN) {
      throw new InvalidInputException("appeal", "appeal.decided", "already decided");
    }
    appeal.decide(approve, answer, staffId, Instant.now());
    if (approve) {
      endConditionsOfAppealedKind(appeal, staffId);
    }
    em.flush();
    Citizen citizen = em.find(Citizen.class, appeal.citizenId());
    return view(appeal, citizen.nameMasked());
  }

  private void endConditionsOfAppealedKind(Appeal appeal, String staffId) {
    RuleSet rules = ruleSets.active();
    List<HealthCondition> open =
        em.createNamedQuery(HealthCondition.OPEN_OF_CITIZEN, HealthCondition.class)
            .setParameter("citizen", appeal.citizenId())
            .getResultList();
    for (HealthCondition condition : open) {
      boolean appealedKind =
          rules
              .ruleFor(condition.type())
              .map(Rule::category)
              .filter(appeal.reasonCategory()::equals)
              .isPresent();
      if (appealedKind) {
        healthRecords.endCondition(condition.id(), END_REASON, staffId);
      }
    }
  }

  private static AppealView view(Appeal a, String maskedName) {
    return new AppealView(
        a.id(),
        a.citizenId(),
        maskedName,
        a.districtCode(),
        a.colour(),
        a.reasonCategory(),
        a.reason(),
        a.detail(),
        a.status(),
        a.filedAt(),
        a.decidedAt(),
        a.decidedBy(),
        a.answer());
  }
}
