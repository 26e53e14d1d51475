package com.onecodepass.codeissue.declaration.entity;

import com.onecodepass.codeissue.api.health.Symptom;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A health declaration exactly as the person made it; the conditions it opened refer to its id. */
@Entity
@Table(name = "health_declaration")
public class HealthDeclaration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  /** Comma-separated {@link Symptom} names; empty when none. */
  @Column(nullable = false, length = 100)
  private String symptoms;

  @Column(name = "origin_city", length = 30)
  private String originCity;

  @Column(name = "arrival_date")
  private LocalDate arrivalDate;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected HealthDeclaration() {}

  public HealthDeclaration(
      long citizenId,
      Set<Symptom> symptoms,
      String originCity,
      LocalDate arrivalDate,
      Instant declaredAt) {
    this.citizenId = citizenId;
    this.symptoms = symptoms.stream().sorted().map(Symptom::name).collect(Collectors.joining(","));
    this.originCity = originCity;
    this.arrivalDate = arrivalDate;
    this.declaredAt = declaredAt;
  }

  public Long id() {
    return id;
  }

  public Set<Symptom> symptoms() {
    Set<Symptom> set = EnumSet.noneOf(Symptom.class);
    if (!symptoms.isEmpty()) {
      Arrays.stream(symptoms.split(",")).map(Symptom::valueOf).forEach(set::add);
    }
    return set;
  }
}
