package com.onecodepass.triprecord.api.checkin;

import com.onecodepass.triprecord.api.venue.VenueView;
import java.util.List;

/** The newest visits of a venue and how many check-ins it has had today (city time). */
public record VisitLog(VenueView venue, long todayCount, List<VenueVisit> visits) {}
