package com.onecodepass.triprecord.api.riskarea;

import com.onecodepass.codeissue.api.code.ColourForecast;
import java.time.Instant;

/**
 * What publishing an area would do now: the venues it covers, the people who visited them during
 * its period (up to {@code until}), and their colour changes. Nothing was changed to compute it.
 */
public record RiskAreaPreview(long areaId, int venues, Instant until, ColourForecast forecast) {}
