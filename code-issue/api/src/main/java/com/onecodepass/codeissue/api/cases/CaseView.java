package com.onecodepass.codeissue.api.cases;

import com.onecodepass.codeissue.api.code.CodeColour;
import java.io.Serializable;
import java.time.Instant;

/** A confirmed case as officers see it: the person only in masked form. */
public record CaseView(
    long id,
    long citizenId,
    String nameMasked,
    String residentIdMasked,
    String districtCode,
    CaseSource source,
    String note,
    Instant confirmedAt,
    String confirmedBy,
    String status,
    CodeColour colour,
    long closeContacts,
    long secondaryContacts)
    implements Serializable {}
