package com.onecodepass.codeissue.api.cases;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.io.Serializable;
import java.util.List;

/**
 * A person a run found, with their current colour and what was decided about them for this case
 * ({@code confirmedAs} is null while undecided).
 */
public record TracedPerson(
    long citizenId,
    String nameMasked,
    String residentIdMasked,
    String districtCode,
    CodeColour colour,
    ContactKind confirmedAs,
    long totalMinutes,
    List<TracedOverlap> overlaps)
    implements Serializable {}
