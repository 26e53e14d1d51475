package com.onecodepass.web.integration.entity;

/** One administered vaccine dose as a vaccination site reports it. */
public record VaccinationItem(
    String residentId, String vaccine, Integer dose, String administeredAt, String site) {}
