package com.onecodepass.triprecord.venue.control;

import com.onecodepass.shared.Audit;
import com.onecodepass.shared.StaffScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The audit entry of a refused venue read. Written in a transaction of its own: the refusal ({@code
 * VenueException}) rolls the caller's back, and the entry must stay.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class VenueRefusals {

  @EJB(lookup = "java:app/admin-web/AuditLog!com.onecodepass.shared.Audit")
  Audit audit;

  public void record(StaffScope who, long venueId, boolean exists) {
    audit.append(
        Audit.Entry.by(
            who,
            "venue.denied",
            "venue#" + venueId,
            exists ? "another district's or operator's venue" : "no such venue",
            null));
  }
}
