package com.onecodepass.codeissue.api.citizen;

public record RegisteredCitizen(long citizenId, String maskedName, String maskedMobile) {}
