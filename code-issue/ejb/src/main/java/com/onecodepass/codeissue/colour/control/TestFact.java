package com.onecodepass.codeissue.colour.control;

import java.time.Instant;

/** A test result as the evaluator sees it: when sampled, and whether negative. */
public record TestFact(Instant sampledAt, boolean negative) {}
