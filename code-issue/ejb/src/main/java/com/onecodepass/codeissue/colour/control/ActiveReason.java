package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Instant;

/** A rule that applies now, and since when. */
public record ActiveReason(
    ConditionType condition, CodeColour colour, int priority, String category, Instant since) {}
