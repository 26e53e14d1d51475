package com.onecodepass.codeissue.demo;

import com.onecodepass.codeissue.api.citizen.MobileNumber;
import com.onecodepass.codeissue.api.citizen.PersonName;
import com.onecodepass.codeissue.api.citizen.ResidentId;
import com.onecodepass.codeissue.api.demo.CitizenDemoData;
import com.onecodepass.codeissue.citizen.control.PersonalDataVault;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.testing.entity.TestResult;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.codeissue.vaccination.entity.Vaccination;
import com.onecodepass.platform.api.CityClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo citizens with valid (check-digit correct) resident IDs in the 13 districts and recent
 * negative tests. Deterministic, so the README can name the first one: mobile 13800000000.
 */
@Stateless
public class CitizenDemoDataService implements CitizenDemoData {

  public static final String FIRST_DEMO_MOBILE = "13800000000";

  private static final ZoneId CITY = CityClock.ZONE;

  private static final String[] DISTRICTS = {
    "610102", "610103", "610104", "610111", "610112", "610113", "610114", "610115", "610116",
    "610117", "610118", "610122", "610124"
  };
  private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";
  private static final String[] LABS = {"西安市第一检测中心", "雁塔区疾控实验室", "未央区核酸检测点"};
  private static final String[] VACCINES = {"新冠病毒灭活疫苗（Vero细胞）", "重组新冠病毒疫苗（CHO细胞）"};
  private static final String[] VACCINATION_SITES = {"雁塔区社区卫生服务中心", "未央区人民医院接种点", "碑林区疾控中心接种门诊"};

  @PersistenceContext(unitName = "code-issue")
  EntityManager em;

  @Inject PersonalDataVault vault;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> seed(int count) {
    List<Long> existing =
        em.createQuery("select c.id from Citizen c order by c.id", Long.class)
            .setMaxResults(count)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing;
    }
    Random random = new Random(20260104L);
    Instant now = Instant.now();
    List<Long> ids = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String district = DISTRICTS[i % DISTRICTS.length];
      Citizen citizen =
          new Citizen(
              CodeToken.randomSubject(),
              vault.seal(name(random), residentId(district, i, random), mobile(i)),
              district,
              now.minus(Duration.ofDays(30 + random.nextInt(300))));
      List<Vaccination> doses = vaccinations(random, now);
      citizen.vaccinated(doses.size());
      em.persist(citizen);
      doses.forEach(
          d ->
              em.persist(
                  new Vaccination(
                      citizen.id(), d.dose(), d.givenOn(), d.vaccine(), d.site(), now)));
      int tests = 1 + random.nextInt(3);
      for (int t = 0; t < tests; t++) {
        Instant sampled = now.minus(Duration.ofHours(6 + t * 48L + random.nextInt(40)));
        em.persist(
            new TestResult(
                citizen.id(),
                sampled,
                sampled.plus(Duration.ofHours(8)),
                TestResult.Outcome.NEGATIVE,
                LABS[random.nextInt(LABS.length)]));
      }
      ids.add(citizen.id());
    }
    return ids;
  }

  /** Most people have two or three doses, 21–60 days apart; one in ten has none. */
  private static List<Vaccination> vaccinations(Random random, Instant now) {
    int count = random.nextInt(10) == 0 ? 0 : 2 + random.nextInt(2);
    String vaccine = VACCINES[random.nextInt(VACCINES.length)];
    LocalDate day = LocalDate.ofInstant(now, CITY).minusDays(40 + random.nextInt(300));
    List<Vaccination> doses = new ArrayList<>();
    for (int dose = count; dose >= 1; dose--) {
      String site = VACCINATION_SITES[random.nextInt(VACCINATION_SITES.length)];
      doses.add(0, new Vaccination(0, dose, day, vaccine, site, now));
      day = day.minusDays(21 + random.nextInt(40));
    }
    return doses;
  }

  private static PersonName name(Random random) {
    StringBuilder name =
        new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = 1 + random.nextInt(2);
    for (int g = 0; g < given; g++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return PersonName.parse(name.toString());
  }

  private static ResidentId residentId(String district, int i, Random random) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 80));
    String first17 = district + birth.toString().replace("-", "") + String.format("%03d", i % 1000);
    return ResidentId.parse(first17 + ResidentId.checkDigitFor(first17));
  }

  private static MobileNumber mobile(int i) {
    return MobileNumber.parse(String.format("138%08d", i));
  }
}
