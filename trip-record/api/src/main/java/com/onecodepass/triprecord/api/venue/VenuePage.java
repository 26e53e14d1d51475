package com.onecodepass.triprecord.api.venue;

import java.io.Serializable;
import java.util.List;

/** One page of a venue list; {@code nextBefore} continues it, null on the last page. */
public record VenuePage(List<VenueView> venues, Long nextBefore) implements Serializable {}
