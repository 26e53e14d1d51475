package com.onecodepass.codeissue.appeal.control;

import com.onecodepass.codeissue.api.appeal.AppealStatus;
import com.onecodepass.codeissue.appeal.entity.Appeal;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The reads of appeals, each with the person it is about. Works in the caller's transaction. */
@Dependent
public class AppealStore {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** An appeal and the person who filed it. */
  public record WithCitizen(Appeal appeal, Citizen citizen) {}

  public boolean hasOpen(long citizenId) {
    return !em.createQuery(
            "select a.id from Appeal a where a.citizenId = :id and a.status = :open", Long.class)
        .setParameter("id", citizenId)
        .setParameter("open", AppealStatus.OPEN)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The person's appeals, newest first. */
  public List<WithCitizen> ofCitizen(long citizenId, int max) {
    return em.createQuery(
            "select a, c from Appeal a, Citizen c where c.id = a.citizenId"
                + " and a.citizenId = :id order by a.filedAt desc, a.id desc",
            Object[].class)
        .setParameter("id", citizenId)
        .setMaxResults(max)
        .getResultStream()
        .map(AppealStore::withCitizen)
        .toList();
  }

  /** Open appeals in a district ({@code null}: all), oldest first: the officers' queue. */
  public List<WithCitizen> openIn(String district, int max) {
    return em.createQuery(
            "select a, c from Appeal a, Citizen c where c.id = a.citizenId"
                + " and a.status = :open and (:district is null or a.districtCode = :district)"
                + " order by a.filedAt, a.id",
            Object[].class)
        .setParameter("open", AppealStatus.OPEN)
        .setParameter("district", district)
        .setMaxResults(max)
        .getResultStream()
        .map(AppealStore::withCitizen)
        .toList();
  }

  private static WithCitizen withCitizen(Object[] row) {
    return new WithCitizen((Appeal) row[0], (Citizen) row[1]);
  }
}
