package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.citizen.DependantView;
import com.onecodepass.codeissue.api.citizen.Dependants;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dependants whose codes the signed-in citizen may switch to. Kept per node for a minute (there
 * is no server session to keep them in), so showing one's own code with the switcher stays free of
 * database reads; a change made through this node is seen at once, one made through another node
 * within {@link Recent#TTL_MILLIS}. Whether a {@code ?for=} id may be shown is always checked
 * against the database, not this list.
 */
@RequestScoped
public class HeldCodes {

  /** What the switcher needs. */
  public record Held(long citizenId, String maskedName, String relation) {}

  @EJB Dependants dependants;
  @Inject CitizenSession session;
  @Inject Recent recent;

  public List<Held> list() {
    Long holder = session.getCitizenId();
    if (holder == null) {
      return List.of();
    }
    List<Held> held = recent.get(holder);
    return held != null ? held : reload();
  }

  public List<Held> reload() {
    Long holder = session.getCitizenId();
    if (holder == null) {
      return List.of();
    }
    List<Held> held = dependants.dependantsOf(holder).stream().map(HeldCodes::held).toList();
    recent.put(holder, held);
    return held;
  }

  private static Held held(DependantView d) {
    return new Held(d.citizenId(), d.maskedName(), d.relation());
  }

  /** This node's recently read lists, bounded and short-lived. */
  @ApplicationScoped
  static class Recent {

    static final long TTL_MILLIS = 60_000;
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(List<Held> held, long loadedAt) {}

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    List<Held> get(long holder) {
      Entry e = entries.get(holder);
      return e == null || System.currentTimeMillis() - e.loadedAt() > TTL_MILLIS ? null : e.held();
    }

    void put(long holder, List<Held> held) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(holder, new Entry(held, System.currentTimeMillis()));
    }
  }
}
