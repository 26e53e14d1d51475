package com.onecodepass.codeissue.dependant.control;

import com.onecodepass.codeissue.api.citizen.DependantView;
import com.onecodepass.codeissue.dependant.entity.DependantLink;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Who holds whom: the links between a holder's account and the dependants it shows codes for. */
@Dependent
public class DependantLinks {

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  /** The holder's links, in the order they were added (five at most). */
  public List<DependantLink> ofHolder(long holderId) {
    return em.createNamedQuery(DependantLink.OF_HOLDER, DependantLink.class)
        .setParameter("holder", holderId)
        .getResultList();
  }

  /** The links that hold this person (one at most while the unique key stands). */
  public List<DependantLink> ofDependant(long dependantId) {
    return em.createNamedQuery(DependantLink.OF_DEPENDANT, DependantLink.class)
        .setParameter("dependant", dependantId)
        .getResultList();
  }

  /** The holder's dependants as the holder sees them (masked names). */
  public List<DependantView> viewsOf(long holderId) {
    return em.createQuery(
            "select c.id, c.nameMasked, l.relation from DependantLink l, Citizen c"
                + " where c.id = l.dependantId and l.holderId = :holder order by l.id",
            Object[].class)
        .setParameter("holder", holderId)
        .getResultStream()
        .map(r -> new DependantView((Long) r[0], (String) r[1], (String) r[2]))
        .toList();
  }
}
