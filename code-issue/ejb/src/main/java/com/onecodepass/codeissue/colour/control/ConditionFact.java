package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.api.rules.ConditionType;
import java.time.Instant;

/** An open condition as the evaluator sees it. */
public record ConditionFact(long id, ConditionType type, Instant startedAt) {}
