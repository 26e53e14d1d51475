package com.onecodepass.triprecord.riskarea.control;

import com.onecodepass.platform.api.StaffGate;
import com.onecodepass.platform.api.StaffScope;
import com.onecodepass.triprecord.api.riskarea.RiskAreaException;
import com.onecodepass.triprecord.api.riskarea.RiskAreaNotPermitted;
import com.onecodepass.triprecord.riskarea.entity.RiskArea;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * The decisions that start background work, each committed (with its audit entry) before the work
 * starts, so the background run reads the decided state.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AreaDecisions {

  @PersistenceContext(unitName = "trip-record")
  EntityManager em;

  @EJB StaffGate gate;

  /** The area locked for a change by {@code who}, or a refusal (audited) / not found. */
  public RiskArea managed(StaffScope who, String client, long id, String action) {
    RiskArea area = em.find(RiskArea.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (area == null) {
      throw notFound(who, client, id, action);
    }
    mayManage(who, client, area.districtCode(), action, target(area));
    return area;
  }

  /** Refuses, with an audit entry, anyone but a city admin or the district's own staff. */
  public void mayManage(
      StaffScope who, String client, String districtCode, String action, String target) {
    if (who == null || !who.mayManage(districtCode)) {
      gate.refusal(
          who, "risk-area", target, action + " in " + districtCode, client, "risk.notPermitted");
      throw new RiskAreaNotPermitted();
    }
  }

  /**
   * No area with this id: for district staff refused (audited) exactly as another district's area,
   * so ids cannot be probed; a city admin is told it does not exist.
   */
  public RiskAreaException notFound(StaffScope who, String client, long id, String action) {
    if (who == null || who.role() != StaffScope.Role.CITY_ADMIN) {
      mayManage(who, client, null, action, "risk-area:" + id + " (none)");
    }
    return new RiskAreaException("risk.notFound");
  }

  public RiskArea publish(StaffScope who, String client, long id) {
    RiskArea area = managed(who, client, id, "publish");
    area.publish(who.username(), Instant.now());
    var v = area.view();
    gate.record(
        who,
        "risk-area.publish",
        target(area),
        "level "
            + area.level()
            + "; preview "
            + v.previewPeople()
            + " people, "
            + v.previewChanging()
            + " changing",
        client);
    return area;
  }

  public RiskArea withdraw(StaffScope who, String client, long id) {
    RiskArea area = managed(who, client, id, "withdraw");
    area.withdraw(who.username(), Instant.now());
    gate.record(who, "risk-area.withdraw", target(area), null, client);
    return area;
  }

  public static String target(RiskArea area) {
    String t = "risk-area:" + area.id() + " " + area.name();
    return t.length() <= 120 ? t : t.substring(0, 120);
  }
}
