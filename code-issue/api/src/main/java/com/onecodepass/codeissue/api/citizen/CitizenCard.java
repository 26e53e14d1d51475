package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.io.Serializable;
import java.time.Instant;

/**
 * A citizen as staff see them by default: masked name, ID and phone, district and current colour.
 * {@code mobileMasked} is null for a dependant without their own account.
 */
public record CitizenCard(
    long citizenId,
    String nameMasked,
    String residentIdMasked,
    String mobileMasked,
    String districtCode,
    CodeColour colour,
    Instant colourSince)
    implements Serializable {}
