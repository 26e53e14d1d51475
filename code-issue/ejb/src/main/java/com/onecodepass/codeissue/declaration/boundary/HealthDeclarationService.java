package com.onecodepass.codeissue.declaration.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.health.Declaration;
import com.onecodepass.codeissue.api.health.DeclarationOutcome;
import com.onecodepass.codeissue.api.health.HealthDeclarations;
import com.onecodepass.codeissue.api.health.Symptom;
import com.onecodepass.codeissue.api.rules.ConditionSource;
import com.onecodepass.codeissue.api.rules.ConditionType;
import com.onecodepass.codeissue.api.rules.HealthRecords;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.colour.control.RuleSet;
import com.onecodepass.codeissue.colour.control.RuleSets;
import com.onecodepass.codeissue.declaration.control.DeclarationRules;
import com.onecodepass.codeissue.declaration.entity.HealthDeclaration;
import com.onecodepass.platform.api.CityClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** Stores the declaration, opens the conditions it implies, and lets the rule set recolour. */
@Stateless
public class HealthDeclarationService implements HealthDeclarations {

  private static final ZoneId CITY = CityClock.ZONE;

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB HealthRecords healthRecords;
  @Inject RuleSets ruleSets;

  @Override
  public DeclarationOutcome declare(long citizenId, Declaration form) {
    Citizen citizen = em.find(Citizen.class, citizenId);
    if (citizen == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    LocalDate today = LocalDate.now(CITY);
    Set<Symptom> symptoms =
        form.symptoms() == null || form.symptoms().isEmpty()
            ? EnumSet.noneOf(Symptom.class)
            : EnumSet.copyOf(form.symptoms());
    String city = DeclarationRules.city(form.originCity());
    DeclarationRules.checkArrival(city, form.arrivalDate(), today);

    Instant now = Instant.now();
    HealthDeclaration declaration =
        new HealthDeclaration(
            citizenId, symptoms, city, city == null ? null : form.arrivalDate(), now);
    em.persist(declaration);
    em.flush();
    String ref = "declaration:" + declaration.id();

    boolean symptomatic = !symptoms.isEmpty();
    if (symptomatic) {
      healthRecords.startCondition(
          citizenId,
          ConditionType.DECLARED_SYMPTOMS,
          now,
          ConditionSource.DECLARATION,
          ref,
          null,
          null);
    }
    RuleSet rules = ruleSets.active();
    boolean riskArrival =
        DeclarationRules.isRiskArrival(
            city, form.arrivalDate(), rules.riskCities(), rules.lookBackDays(), today);
    if (riskArrival) {
      // Since the day of arrival: a negative sampled after arriving satisfies the exit.
      healthRecords.startCondition(
          citizenId,
          ConditionType.ARRIVAL_FROM_RISK_CITY,
          form.arrivalDate().atStartOfDay(CITY).toInstant(),
          ConditionSource.DECLARATION,
          ref,
          null,
          null);
    }
    CodeColour colour = citizen.colour();
    return new DeclarationOutcome(
        declaration.id(), symptomatic, riskArrival, colour, citizen.colourReason());
  }
}
