package com.onecodepass.codeissue.api.code;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a person's colour history. Citizens are shown {@code reasonCategory} only; staff
 * also see the rule code, the source, the officer and the detail.
 */
public record ColourChangeView(
    CodeColour from,
    CodeColour to,
    String reasonCategory,
    String reasonCode,
    String source,
    String staffId,
    String detail,
    Instant at)
    implements Serializable {}
