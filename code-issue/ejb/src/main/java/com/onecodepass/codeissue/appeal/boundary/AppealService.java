package com.onecodepass.codeissue.appeal.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.api.appeal.AppealView;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.control.PendingOverrides;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Citizens file appeals and follow them here; officers decide them in {@link AppealDeskService}.
 */
@Stateless
public class AppealService implements Appeals {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PendingOverrides pending;

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
    return view(appeal, citizen.nameMasked(), false);
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
        .map(r -> view((Appeal) r[0], (String) r[1], awaiting((Appeal) r[0])))
        .toList();
  }

  private boolean awaiting(Appeal a) {
    return a.status() == AppealStatus.OPEN && pending.ofAppeal(a.id()).isPresent();
  }

  static AppealView view(Appeal a, String maskedName, boolean awaitingSecondApprover) {
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
        a.answer(),
        awaitingSecondApprover);
  }
}
