package com.onecodepass.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.platform.api.DistrictCode;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links across modules are ids, and the ids are value objects: where trip-record talks to
 * code-issue, a person is a {@link CitizenId} and a district a {@link DistrictCode}, not a {@code
 * long} or a {@code String}. The seam is found, not listed: every code-issue API interface or
 * record a trip-record class uses (calls, implements, receives). Its public methods' parameters and
 * its records' components are read by name (the build compiles with {@code -parameters}), so a raw
 * {@code long citizenId}, {@code Collection<Long> dependants} or {@code String venueDistrict} added
 * to the seam fails here. What is still raw on purpose is in {@link #LEFT_RAW}, with the reason.
 */
class IdRulesTest {

  /** Names that mean people (a person's id or several). */
  private static final Pattern PEOPLE =
      Pattern.compile(
          "(?i).*citizen.*|holder.*|dependant.*|.*contacts?|excluded|people|sources?|firstVisits");

  private static final Pattern DISTRICT = Pattern.compile("(?i).*district.*");

  /** Member ({@code Type.method(parameter)} or {@code Record.component}) → why it stays raw. */
  private static final Map<String, String> LEFT_RAW =
      Map.ofEntries(
          Map.entry(
              "CodeCard.show(citizenId)",
              "the hot code path; called by admin-web's citizen pages and about 15 system tests,"
                  + " not by trip-record"),
          Map.entry("CodeCard.status(citizenId)", "as show: admin-web (SOAP, pages) only"),
          Map.entry("Dependants.dependantsOf(holderCitizenId)", "admin-web's citizen pages only"),
          Map.entry("Dependants.isHolderOf(holderCitizenId)", "admin-web's citizen pages only"),
          Map.entry("Dependants.isHolderOf(dependantCitizenId)", "admin-web's citizen pages only"),
          Map.entry("Dependants.add(holderCitizenId)", "admin-web's citizen pages only"),
          Map.entry("Dependants.remove(holderCitizenId)", "admin-web's citizen pages only"),
          Map.entry("Dependants.remove(dependantCitizenId)", "admin-web's citizen pages only"),
          Map.entry("CitizenRecords.card(citizenId)", "admin-web's records page only"),
          Map.entry("CitizenRecords.unmask(citizenId)", "admin-web's records page only"),
          Map.entry("CitizenRecords.history(citizenId)", "admin-web's records page only"),
          Map.entry("ColourForecast.people", "a count of people, not an id"));

  private static List<Class<?>> seam;

  @BeforeAll
  static void findTheSeam() {
    JavaClasses classes = ModuleRulesTest.Application.classes();
    Set<String> names = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!c.getPackageName().startsWith("com.onecodepass.triprecord")) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass();
        if (target.getPackageName().startsWith("com.onecodepass.codeissue.api")
            && (target.isInterface() || target.isRecord())) {
          names.add(target.getName());
        }
      }
    }
    seam = new ArrayList<>();
    for (String name : names) {
      seam.add(classes.get(name).reflect());
    }
  }

  @Test
  void theSeamIsWhatTripRecordUsesOfCodeIssue() {
    assertThat(seam)
        .extracting(Class::getSimpleName)
        .contains(
            "ContactFinding",
            "FoundContact",
            "TracedOverlap",
            "Dependants",
            "CodeCard",
            "CodeStatus",
            "CitizenRecords",
            "AreaConditions",
            "Districts",
            "District");
  }

  @Test
  void peopleAndDistrictsCrossTheSeamAsValueObjects() {
    List<String> raw = new ArrayList<>();
    for (Class<?> type : seam) {
      raw.addAll(rawIds(type));
    }
    assertThat(raw.stream().filter(r -> !LEFT_RAW.containsKey(r)))
        .as("raw ids where trip-record meets code-issue")
        .isEmpty();
    assertThat(LEFT_RAW.keySet())
        .as("left-raw entries that are value objects by now (remove them)")
        .allMatch(raw::contains);
  }

  @Test
  void theCheckSeesRawIds() {
    assertThat(rawIds(Careless.class))
        .containsExactlyInAnyOrder(
            "Careless.trace(caseCitizenId)",
            "Careless.holdsAll(dependants)",
            "Careless.venues(venueDistrict)",
            "Careless.statuses() returns people as numbers",
            "CarelessRow.sourceCitizenId",
            "CarelessRow.districtCode");
  }

  /**
   * Raw ids in the public methods of an interface or the components of a record, and in the records
   * nested in either; allowed or not.
   */
  private static List<String> rawIds(Class<?> type) {
    List<String> raw = new ArrayList<>();
    String owner = type.getSimpleName();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        check(raw, owner + "." + c.getName(), c.getName(), c.getGenericType(), owner);
      }
    }
    for (Method m : type.isRecord() ? new Method[0] : type.getMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
        continue;
      }
      for (Parameter p : m.getParameters()) {
        assertThat(p.isNamePresent())
            .as("parameter names in the class files (compile with -parameters): %s", m)
            .isTrue();
        check(
            raw,
            owner + "." + m.getName() + "(" + p.getName() + ")",
            p.getName(),
            p.getParameterizedType(),
            owner);
      }
      if (peopleAsNumbers(m.getGenericReturnType())) {
        raw.add(owner + "." + m.getName() + "() returns people as numbers");
      }
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.isRecord()) {
        raw.addAll(rawIds(nested));
      }
    }
    return raw.stream().distinct().toList();
  }

  private static void check(List<String> raw, String key, String name, Type type, String owner) {
    String t = type.getTypeName();
    boolean numbers = t.equals("long") || t.contains("java.lang.Long");
    boolean text = t.contains("java.lang.String");
    if (numbers && PEOPLE.matcher(name).matches()) {
      raw.add(key);
    } else if (text
        && (DISTRICT.matcher(name).matches()
            || (owner.equals("District") && name.equals("code")))) {
      raw.add(key);
    }
  }

  /** A map keyed by, or a collection of, plain numbers: how people were returned before ids. */
  private static boolean peopleAsNumbers(Type type) {
    String t = type.getTypeName();
    return t.startsWith("java.util.Map<java.lang.Long,")
        || (t.startsWith("java.util.") && t.endsWith("<java.lang.Long>"))
        || t.equals("long[]");
  }

  /** What the rule must catch (and what it lets through: ids as value objects, counts). */
  interface Careless {
    void trace(long caseCitizenId, CitizenId fine, long days);

    boolean holdsAll(CitizenId holder, Collection<Long> dependants);

    List<String> venues(String venueDistrict, DistrictCode fine);

    Map<Long, String> statuses(Collection<CitizenId> citizenIds);

    record CarelessRow(long sourceCitizenId, String districtCode, long minutes) {}
  }
}
