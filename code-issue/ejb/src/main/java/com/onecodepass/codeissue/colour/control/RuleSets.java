package com.onecodepass.codeissue.colour.control;

import com.onecodepass.codeissue.colour.entity.RuleSetVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rule set in force. Read from the database at most every 30 s, so a city admin's change
 * reaches every node of the cluster within that time without a redeploy.
 */
@ApplicationScoped
public class RuleSets {

  private static final Duration RECHECK = Duration.ofSeconds(30);

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  private volatile RuleSet current;
  private volatile Instant checkedAt = Instant.EPOCH;

  public RuleSet active() {
    if (current == null || Instant.now().isAfter(checkedAt.plus(RECHECK))) {
      Integer latest =
          em.createQuery("select max(v.version) from RuleSetVersion v", Integer.class)
              .getSingleResult();
      if (latest == null) {
        current = publish(RuleSetJson.defaults(), "system", "initial rule set from the brief");
      } else if (current == null || current.version() != latest) {
        current =
            RuleSetJson.read(em.find(RuleSetVersion.class, latest).definition())
                .withVersion(latest);
      }
      checkedAt = Instant.now();
    }
    return current;
  }

  /** Stores {@code rules} as the next version; it is in force on every node within 30 s. */
  public RuleSet publish(RuleSet rules, String staffId, String comment) {
    Integer latest =
        em.createQuery("select max(v.version) from RuleSetVersion v", Integer.class)
            .getSingleResult();
    RuleSet versioned = rules.withVersion(latest == null ? 1 : latest + 1);
    em.persist(
        new RuleSetVersion(
            versioned.version(), RuleSetJson.write(versioned), Instant.now(), staffId, comment));
    em.flush();
    current = versioned;
    checkedAt = Instant.now();
    return versioned;
  }

  /** The stored versions, newest first. */
  public List<RuleSetVersion> newestFirst(int max) {
    return em.createQuery(
            "select v from RuleSetVersion v order by v.version desc", RuleSetVersion.class)
        .setMaxResults(max)
        .getResultList();
  }
}
