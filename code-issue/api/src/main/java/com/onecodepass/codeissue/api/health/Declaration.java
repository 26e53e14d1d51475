package com.onecodepass.codeissue.api.health;

import java.time.LocalDate;
import java.util.Set;

/**
 * A health declaration as typed: symptoms, and optionally the city the person arrived from and
 * when. City and date go together; validated by the boundary, not trusted.
 */
public record Declaration(Set<Symptom> symptoms, String originCity, LocalDate arrivalDate) {}
