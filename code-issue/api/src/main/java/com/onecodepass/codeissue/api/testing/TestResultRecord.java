package com.onecodepass.codeissue.api.testing;

import java.time.Instant;

/** One person's nucleic-acid result as a lab reports it. */
public record TestResultRecord(
    long citizenId, Instant sampleTime, Instant resultTime, TestOutcome result, String lab) {}
