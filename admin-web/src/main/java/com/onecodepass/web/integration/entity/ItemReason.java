package com.onecodepass.web.integration.entity;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why one item of a batch was rejected: the closed list of public codes a receipt can carry. The
 * OpenAPI document and the WSDL publish exactly this list as an enumeration (a unit test compares
 * them), so generated clients can switch on it; a code is public contract, never rename one.
 */
public enum ItemReason {
  INVALID_RESIDENT_ID("invalid-resident-id"),
  UNKNOWN_RESIDENT("unknown-resident"),
  UNKNOWN_TUBE("unknown-tube"),
  TUBE_ALREADY_RESULTED("tube-already-resulted"),
  INVALID_BARCODE("invalid-barcode"),
  INVALID_OUTCOME("invalid-outcome"),
  INVALID_TIME("invalid-time"),
  INVALID_DOSE("invalid-dose"),
  INVALID_LAB("invalid-lab"),
  MISSING_FIELD("missing-field"),
  AMBIGUOUS_SUBJECT("ambiguous-subject"),
  FIELD_TOO_LONG("field-too-long"),
  VACCINATION_DOSE("vaccination-dose"),
  VACCINATION_DATE("vaccination-date"),
  VACCINATION_DUPLICATE("vaccination-duplicate"),
  VACCINATION_VACCINE("vaccination-vaccine"),
  VACCINATION_SITE("vaccination-site"),
  TRANSIT_UNKNOWN_GATE("transit-unknowngate"),
  /** A module refused the item for a reason this list does not name yet. */
  REJECTED("rejected"),
  /**
   * The item failed on our side (not the caller's data, not an outage): it was not applied and the
   * rest of the batch was, so the batch still gets its receipt; send the item again later.
   */
  INTERNAL_ERROR("internal-error");

  private static final Map<String, ItemReason> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(ItemReason::code, Function.identity()));

  private final String code;

  ItemReason(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The reason with this public code; an unlisted code becomes {@link #REJECTED}. */
  public static ItemReason ofCode(String code) {
    return BY_CODE.getOrDefault(code, REJECTED);
  }
}
