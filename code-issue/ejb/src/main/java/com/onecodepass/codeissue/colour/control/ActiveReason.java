package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.CodeColour;
import com.onecodepass.codeissue.api.ConditionType;
import java.time.Instant;

/** A rule that applies now, and since when. */
public record ActiveReason(
    ConditionType condition, CodeColour colour, int priority, String category, Instant since) {}
