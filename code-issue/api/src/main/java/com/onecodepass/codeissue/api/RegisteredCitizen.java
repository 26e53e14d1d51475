package com.onecodepass.codeissue.api;

public record RegisteredCitizen(long citizenId, String maskedName, String maskedMobile) {}
