package com.onecodepass.codeissue.api.health;

import com.onecodepass.codeissue.api.code.CodeColour;

/**
 * What a declaration changed, so the page can tell the person what happens next.
 *
 * @param symptomsRecorded a declared-symptoms condition was opened
 * @param riskCityArrival an arrival-from-a-risk-city condition was opened
 * @param colour the colour after the rule set re-evaluated the person
 */
public record DeclarationOutcome(
    long declarationId,
    boolean symptomsRecorded,
    boolean riskCityArrival,
    CodeColour colour,
    String reasonCategory) {}
