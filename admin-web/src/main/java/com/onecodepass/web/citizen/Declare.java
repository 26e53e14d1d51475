package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.health.Declaration;
import com.onecodepass.codeissue.api.health.DeclarationOutcome;
import com.onecodepass.codeissue.api.health.HealthDeclarations;
import com.onecodepass.codeissue.api.health.Symptom;
import com.onecodepass.web.platform.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The health declaration form; after sending it shows what the rule set made of it and what the
 * citizen should do next.
 */
@Named
@RequestScoped
public class Declare {

  private static final Set<String> FIELDS = Set.of("symptoms", "originCity", "arrivalDate");

  @EJB HealthDeclarations declarations;
  @Inject CitizenSession session;

  private List<String> symptoms = new ArrayList<>();
  private String originCity;
  private String arrivalDate;
  private DeclarationOutcome outcome;

  public List<Symptom> getAllSymptoms() {
    return List.of(Symptom.values());
  }

  public String getToday() {
    return CitizenTime.today().toString();
  }

  public String submit() {
    LocalDate arrival;
    Set<Symptom> chosen = EnumSet.noneOf(Symptom.class);
    try {
      symptoms.forEach(s -> chosen.add(Symptom.valueOf(s)));
    } catch (IllegalArgumentException forged) {
      Messages.error("declare:symptoms", "error.generic");
      return null;
    }
    try {
      arrival = arrivalDate == null || arrivalDate.isBlank() ? null : LocalDate.parse(arrivalDate);
    } catch (DateTimeParseException e) {
      Messages.error("declare:arrivalDate", "declaration.arrivalDate");
      return null;
    }
    try {
      outcome =
          declarations.declare(
              session.getCitizenId(), new Declaration(chosen, originCity, arrival));
    } catch (InvalidInputException e) {
      Messages.error(FIELDS.contains(e.field()) ? "declare:" + e.field() : null, e.messageKey());
    }
    return null;
  }

  /** The message key telling the citizen what happens next. */
  public String getNextStepKey() {
    if (outcome == null) {
      return null;
    }
    if (outcome.symptomsRecorded() || outcome.riskCityArrival()) {
      return "declare.next." + outcome.colour().name().toLowerCase();
    }
    return "declare.next.nothing";
  }

  public DeclarationOutcome getOutcome() {
    return outcome;
  }

  public List<String> getSymptoms() {
    return symptoms;
  }

  public void setSymptoms(List<String> symptoms) {
    this.symptoms = symptoms == null ? new ArrayList<>() : symptoms;
  }

  public String getOriginCity() {
    return originCity;
  }

  public void setOriginCity(String originCity) {
    this.originCity = originCity;
  }

  public String getArrivalDate() {
    return arrivalDate;
  }

  public void setArrivalDate(String arrivalDate) {
    this.arrivalDate = arrivalDate;
  }
}
