package com.onecodepass.codeissue.api.rules;

/**
 * Facts about a person that the rule set may turn into a colour. What colour each gives, in which
 * priority, and how it ends is data (the rule set), not code.
 */
public enum ConditionType {
  CONFIRMED_CASE,
  ASYMPTOMATIC_CASE,
  POSITIVE_RESULT,
  CLOSE_CONTACT,
  SECONDARY_CONTACT,
  SPATIOTEMPORAL_COMPANION,
  HIGH_RISK_AREA_TRIP,
  /** A visit to a medium-risk area during its effective period (low-risk areas record nothing). */
  MEDIUM_RISK_AREA_TRIP,
  POOL_POSITIVE,
  DECLARED_SYMPTOMS,
  ARRIVAL_FROM_RISK_CITY,
  /** Derived, never stored: a member of a periodic-testing group without a recent negative. */
  PERIODIC_TEST_OVERDUE,
  /** A staff decision that holds a code at the rule's colour until staff end it. */
  STAFF_HOLD_YELLOW,
  STAFF_HOLD_RED
}
