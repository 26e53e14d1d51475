package com.onecodepass.codeissue.api;

import java.time.LocalDate;

public record VaccinationView(int dose, LocalDate givenOn, String vaccine, String site) {}
