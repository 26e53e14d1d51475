package com.onecodepass.triprecord.api.venue;

/**
 * A venue operator's application. {@code gateId} is set only for transit gates and vehicles: the id
 * the transit operator's gates report trips with.
 */
public record VenueRegistration(
    String name,
    VenueCategory category,
    String address,
    String districtCode,
    String community,
    String gateId) {}
