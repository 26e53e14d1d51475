package com.onecodepass.codeissue.appeal.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.api.appeal.AppealView;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.appeal.control.AppealStore;
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
  @Inject AppealStore appeals;

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
    if (appeals.hasOpen(citizenId)) {
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
    return appeals.ofCitizen(citizenId, 50).stream()
        .map(r -> view(r.appeal(), r.citizen().nameMasked(), awaiting(r.appeal())))
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
