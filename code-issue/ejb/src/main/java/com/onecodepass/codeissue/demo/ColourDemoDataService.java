package com.onecodepass.codeissue.demo;

import com.onecodepass.codeissue.api.demo.ColourDemoData;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.api.testing.TestOutcome;
import com.onecodepass.codeissue.api.testing.TestResultRecord;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.Recolouring;
import com.onecodepass.codeissue.colour.entity.ColourChange;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gives the demo a city in the middle of an outbreak: cases and their close contacts (red),
 * companions, pooled positives, symptom declarations and overdue periodic testers (yellow), and
 * people already released (green, with history). Everything goes through {@link HealthRecords}, so
 * colours, reasons and histories are exactly what the rules produce. The first demo citizen (mobile
 * 13800000000) stays green.
 */
@Stateless
public class ColourDemoDataService implements ColourDemoData {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB HealthRecords records;
  @Inject Recolouring recolouring;

  // In this transaction: a bulk re-evaluation would run in new transactions and wait for the
  // row locks this one holds.
  private void reevaluate(long citizenId) {
    recolouring.reevaluate(citizenId, ColourChange.Source.RULE, null, "demo data");
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(List<Long> ids) {
    Long conditions =
        em.createQuery("select count(c) from HealthCondition c", Long.class).getSingleResult();
    if (conditions > 0 || ids.size() < 200) {
      return;
    }
    Instant now = Instant.now();
    Instant twoDaysAgo = now.minus(Duration.ofDays(2));
    // ids.get(0) is the README's demo citizen: left green on purpose.
    for (int i = 1; i <= 4; i++) {
      records.startCondition(
          ids.get(i),
          ConditionType.CONFIRMED_CASE,
          twoDaysAgo,
          ConditionSource.STAFF,
          "case-" + i,
          "yanta",
          "demo: confirmed by 雁塔区疾控");
    }
    for (int i = 5; i <= 14; i++) {
      records.startCondition(
          ids.get(i),
          ConditionType.CLOSE_CONTACT,
          twoDaysAgo.plus(Duration.ofHours(6)),
          ConditionSource.STAFF,
          "case-1",
          "yanta",
          "demo: same household as case-1");
    }
    for (int i = 15; i <= 34; i++) {
      records.startCondition(
          ids.get(i),
          ConditionType.SPATIOTEMPORAL_COMPANION,
          now.minus(Duration.ofDays(1)),
          ConditionSource.TRACING,
          "case-2",
          null,
          "demo: same supermarket within 30 min");
    }
    for (int i = 35; i <= 42; i++) {
      records.startCondition(
          ids.get(i),
          ConditionType.POOL_POSITIVE,
          now.minus(Duration.ofHours(10)),
          ConditionSource.SAMPLING,
          "XA-DEMO-0001",
          "checker",
          null);
    }
    for (int i = 43; i <= 47; i++) {
      records.startCondition(
          ids.get(i),
          ConditionType.DECLARED_SYMPTOMS,
          now.minus(Duration.ofHours(3)),
          ConditionSource.DECLARATION,
          null,
          null,
          "demo: fever");
    }
    for (int i = 48; i <= 57; i++) {
      Citizen medic = em.find(Citizen.class, ids.get(i));
      medic.assignTestGroup("MEDICAL");
    }
    em.flush();
    ids.subList(48, 58).forEach(this::reevaluate);
    // Released close contacts: red two weeks ago, green now after quarantine and two negatives.
    for (int i = 58; i <= 62; i++) {
      long id = ids.get(i);
      Instant start = now.minus(Duration.ofDays(16));
      records.startCondition(
          id,
          ConditionType.CLOSE_CONTACT,
          start,
          ConditionSource.STAFF,
          "case-0",
          "yanta",
          "demo: colleague of an earlier case");
      records.recordTestResult(
          new TestResultRecord(
              id,
              start.plus(Duration.ofDays(12)),
              start.plus(Duration.ofDays(12).plusHours(6)),
              TestOutcome.NEGATIVE,
              "雁塔区疾控实验室"));
      records.recordTestResult(
          new TestResultRecord(
              id,
              start.plus(Duration.ofDays(13)),
              start.plus(Duration.ofDays(13).plusHours(6)),
              TestOutcome.NEGATIVE,
              "雁塔区疾控实验室"));
    }
    ids.subList(58, 63).forEach(this::reevaluate);
  }
}
