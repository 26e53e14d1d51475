package com.onecodepass.codeissue.vaccination.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One vaccine dose of one person; (citizen, dose) is unique. */
@Entity
@Table(name = "vaccination")
@NamedQuery(
    name = Vaccination.OF_CITIZEN,
    query = "select v from Vaccination v where v.citizenId = :citizen order by v.dose")
public class Vaccination {

  public static final String OF_CITIZEN = "Vaccination.ofCitizen";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "citizen_id", nullable = false)
  private long citizenId;

  @Column(nullable = false)
  private int dose;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(nullable = false, length = 60)
  private String vaccine;

  @Column(nullable = false, length = 80)
  private String site;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Vaccination() {}

  public Vaccination(
      long citizenId, int dose, LocalDate givenOn, String vaccine, String site, Instant now) {
    this.citizenId = citizenId;
    this.dose = dose;
    this.givenOn = givenOn;
    this.vaccine = vaccine;
    this.site = site;
    this.recordedAt = now;
  }

  public int dose() {
    return dose;
  }

  public LocalDate givenOn() {
    return givenOn;
  }

  public String vaccine() {
    return vaccine;
  }

  public String site() {
    return site;
  }
}
