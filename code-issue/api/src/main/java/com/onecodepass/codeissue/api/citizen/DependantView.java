package com.onecodepass.codeissue.api.citizen;

/**
 * A person whose code a holder may show; {@code relation} is one of {@link Dependants#RELATIONS}.
 */
public record DependantView(long citizenId, String maskedName, String relation) {}
