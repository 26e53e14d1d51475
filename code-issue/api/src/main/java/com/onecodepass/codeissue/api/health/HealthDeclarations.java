package com.onecodepass.codeissue.api.health;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.rules.ConditionType;
import jakarta.ejb.Local;

/**
 * Health declarations. Declared symptoms open {@link ConditionType#DECLARED_SYMPTOMS}; an arrival
 * from one of the rule set's risk cities within its look-back opens {@link
 * ConditionType#ARRIVAL_FROM_RISK_CITY}; the rule set decides the colour.
 */
@Local
public interface HealthDeclarations {

  /**
   * @throws InvalidInputException {@code declaration.city} (invalid city name), {@code
   *     declaration.arrivalDate} (city without a date, a date in the future or too long ago),
   *     {@code declaration.cityMissing} (a date without a city)
   */
  DeclarationOutcome declare(long citizenId, Declaration declaration);
}
