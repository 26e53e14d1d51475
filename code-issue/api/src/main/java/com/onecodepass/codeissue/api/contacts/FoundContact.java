package com.onecodepass.codeissue.api.contacts;

import com.onecodepass.codeissue.api.cases.TracedOverlap;
import com.onecodepass.platform.api.CitizenId;
import java.util.List;

/**
 * A person a trace found, with every visit that made them one (earliest first). The overlaps are
 * the ones a kept run shows, so a run stores them as they come.
 */
public record FoundContact(CitizenId citizenId, List<TracedOverlap> overlaps) {}
