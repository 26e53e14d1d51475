package com.onecodepass.web.dashboard.entity;

import com.onecodepass.codeissue.api.district.DistrictSnapshot;
import com.onecodepass.triprecord.api.figures.HourCount;
import java.time.Instant;
import java.util.List;

/**
 * Everything one dashboard shows, for a district or the city ({@code districtCode} null); {@code
 * asOf} is the older of the aggregates' last roll-ups (null before the first); {@code checkInDrift}
 * what the last reconciliation of the hourly check-in counters found (0: exact).
 */
public record DashboardView(
    String districtCode,
    DistrictSnapshot figures,
    List<HourCount> checkInsPerHour,
    long activeRiskAreas,
    Instant asOf,
    long checkInDrift) {}
