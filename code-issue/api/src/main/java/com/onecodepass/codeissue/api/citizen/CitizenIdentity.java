package com.onecodepass.codeissue.api.citizen;

import java.io.Serializable;

/** A citizen unmasked, for a stated reason; {@code mobile} is null for a dependant. */
public record CitizenIdentity(long citizenId, String name, String residentId, String mobile)
    implements Serializable {}
