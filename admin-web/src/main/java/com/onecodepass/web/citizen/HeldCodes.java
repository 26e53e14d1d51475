package com.onecodepass.web.citizen;

import com.onecodepass.codeissue.api.DependantView;
import com.onecodepass.codeissue.api.Dependants;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * The dependants whose codes the signed-in citizen may switch to, read once per session (and again
 * after a change) so that showing one's own code with the switcher stays free of database reads.
 * Whether a {@code ?for=} id may be shown is always checked against the database, not this list.
 */
@SessionScoped
public class HeldCodes implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the switcher needs; serialisable because sessions are replicated. */
  public record Held(long citizenId, String maskedName, String relation) implements Serializable {}

  @EJB Dependants dependants;
  @Inject CitizenSession session;

  private Long loadedFor;
  private List<Held> held = List.of();

  public List<Held> list() {
    Long holder = session.getCitizenId();
    if (holder != null && !holder.equals(loadedFor)) {
      reload();
    }
    return held;
  }

  public void reload() {
    Long holder = session.getCitizenId();
    held =
        holder == null
            ? List.of()
            : dependants.dependantsOf(holder).stream().map(HeldCodes::held).toList();
    loadedFor = holder;
  }

  private static Held held(DependantView d) {
    return new Held(d.citizenId(), d.maskedName(), d.relation());
  }
}
