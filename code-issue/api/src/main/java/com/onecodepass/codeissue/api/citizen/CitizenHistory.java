package com.onecodepass.codeissue.api.citizen;

import com.onecodepass.codeissue.api.code.ColourChangeView;
import com.onecodepass.codeissue.api.testing.TestResultView;
import java.io.Serializable;
import java.util.List;

/** What code-issue holds about a person's health over time, newest first. */
public record CitizenHistory(List<ColourChangeView> colours, List<TestResultView> tests)
    implements Serializable {}
