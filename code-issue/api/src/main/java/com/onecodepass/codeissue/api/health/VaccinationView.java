package com.onecodepass.codeissue.api.health;

import java.time.LocalDate;

public record VaccinationView(int dose, LocalDate givenOn, String vaccine, String site) {}
