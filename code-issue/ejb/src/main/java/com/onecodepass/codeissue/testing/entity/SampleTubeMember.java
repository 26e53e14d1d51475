package com.onecodepass.codeissue.testing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A person sampled into a pooled tube. */
@Entity
@Table(name = "sample_tube_member")
public class SampleTubeMember {

  @Embeddable
  public record Key(
      @Column(name = "barcode", length = 32) String barcode,
      @Column(name = "citizen_id") Long citizenId)
      implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected SampleTubeMember() {}

  public SampleTubeMember(String barcode, long citizenId, Instant addedAt) {
    this.key = new Key(barcode, citizenId);
    this.addedAt = addedAt;
  }

  public long citizenId() {
    return key.citizenId();
  }
}
