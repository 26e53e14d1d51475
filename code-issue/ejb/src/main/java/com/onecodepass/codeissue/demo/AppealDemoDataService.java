package com.onecodepass.codeissue.demo;

import com.onecodepass.codeissue.api.appeal.AppealReason;
import com.onecodepass.codeissue.api.appeal.Appeals;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.demo.AppealDemoData;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.override.entity.CodeOverride;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the 雁塔区 officers (yanta, and admin for the whole city) something to decide: an appeal of a
 * yellow resident (approval takes effect at once), an appeal of a red one (approval waits for a
 * second officer) and a red-to-green override requested by admin that yanta can approve. Filing an
 * appeal and requesting an override change nobody's colour.
 */
@Stateless
public class AppealDemoDataService implements AppealDemoData {

  static final String DISTRICT = "610113";

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @EJB Appeals appeals;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(List<Long> ids) {
    long existing =
        em.createQuery("select count(a) from Appeal a", Long.class).getSingleResult()
            + em.createQuery("select count(o) from CodeOverride o", Long.class).getSingleResult();
    if (existing > 0) {
      return;
    }
    List<Citizen> yellow = residents(ids, CodeColour.YELLOW, 1);
    List<Citizen> red = residents(ids, CodeColour.RED, 2);
    if (!yellow.isEmpty()) {
      appeals.file(yellow.get(0).id(), AppealReason.TESTED_NEGATIVE, "我昨天在电视塔采样点做了核酸，结果阴性，请核实。");
    }
    if (!red.isEmpty()) {
      appeals.file(red.get(0).id(), AppealReason.NOT_THERE, "通报的时间我在单位加班，有门禁记录可查。");
    }
    if (red.size() > 1) {
      Citizen person = red.get(1);
      em.persist(
          new CodeOverride(
              person.id(),
              DISTRICT,
              CodeColour.RED,
              CodeColour.GREEN,
              null,
              "demo: 隔离期满，两次核酸阴性，申请解除红码",
              true,
              "admin",
              Instant.now().minus(Duration.ofHours(1))));
    }
  }

  private List<Citizen> residents(List<Long> ids, CodeColour colour, int wanted) {
    List<Citizen> found = new ArrayList<>();
    // ids.get(0) is the README's demo citizen: left alone.
    for (Long id : ids.subList(1, ids.size())) {
      Citizen c = em.find(Citizen.class, id);
      if (c != null && DISTRICT.equals(c.districtCode()) && c.colour() == colour) {
        found.add(c);
        if (found.size() == wanted) {
          break;
        }
      }
    }
    return found;
  }
}
