package com.onecodepass.codeissue.api.rules;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A published rule-set version: when, by whom, why, and the values it changed. */
public record RuleVersionView(
    int version, Instant createdAt, String createdBy, String comment, List<String> changes)
    implements Serializable {}
