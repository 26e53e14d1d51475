package com.onecodepass.web.access.entity;

/**
 * What a city admin types to create a staff account; {@code password} null or blank: one is
 * generated and shown once.
 */
public record NewStaffAccount(
    String username, String displayName, String role, String districtCode, String password) {}
