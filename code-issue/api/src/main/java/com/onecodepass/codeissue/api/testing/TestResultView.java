package com.onecodepass.codeissue.api.testing;

import java.io.Serializable;
import java.time.Instant;

/** A test result as its owner sees it; {@code tubeBarcode} is set for pooled samples. */
public record TestResultView(
    Instant sampleTime, Instant resultTime, TestOutcome result, String lab, String tubeBarcode)
    implements Serializable {}
