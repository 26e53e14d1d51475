package com.onecodepass.codeissue.code.boundary;

import com.onecodepass.codeissue.api.code.CodeCacheWarming;
import com.onecodepass.codeissue.citizen.entity.Citizen;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.code.control.WarmingReads;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Two grouped reads (people, their latest negatives) and one pipelined cache write per call. */
@Stateless
public class CodeCacheWarmingService implements CodeCacheWarming {

  @Inject WarmingReads reads;
  @Inject CodeStates states;

  @Override
  public long warm(long fromId, int max) {
    List<Citizen> people = reads.page(fromId, max);
    if (people.isEmpty()) {
      return -1;
    }
    states.putAll(people, reads.latestNegatives(people.stream().map(Citizen::id).toList()));
    return people.get(people.size() - 1).id() + 1;
  }
}
