package com.onecodepass.codeissue.code.boundary;

import com.onecodepass.codeissue.api.InvalidInputException;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.codeissue.api.code.CodeStatus;
import com.onecodepass.codeissue.code.control.CodeState;
import com.onecodepass.codeissue.code.control.CodeStates;
import com.onecodepass.codeissue.token.control.CodeToken;
import com.onecodepass.codeissue.token.control.SigningKeys;
import com.onecodepass.codeissue.token.control.TokenCodec;
import com.onecodepass.codeissue.token.control.TokenType;
import com.onecodepass.platform.api.CitizenId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hot path: cached state plus a freshly signed token; no database on a warm cache. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CodeCardService implements CodeCard {

  @Inject CodeStates states;
  @Inject SigningKeys keys;

  @Override
  public CodeCardView show(long citizenId) {
    CodeState state = stateOf(citizenId);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var signer = keys.ring().active();
    CodeToken token =
        new CodeToken(
            TokenType.PERSONAL,
            state.colour(),
            state.subject(),
            state.maskedName(),
            now,
            now.plus(keys.tokenLifetime()),
            signer.kid());
    return new CodeCardView(
        state.colour(),
        state.reasonCategory(),
        state.maskedName(),
        state.maskedResidentId(),
        TokenCodec.sign(token, signer),
        token.issuedAt(),
        token.expiresAt(),
        state.latestNegativeTestAt(),
        state.vaccinationDoses());
  }

  @Override
  public CodeStatus status(long citizenId) {
    CodeState state = stateOf(citizenId); // an unknown id is citizen.unknown, as before
    return statusOf(CitizenId.of(citizenId), state);
  }

  @Override
  public Map<CitizenId, CodeStatus> statuses(Collection<CitizenId> citizenIds) {
    List<Long> keys = new ArrayList<>(citizenIds.size());
    for (CitizenId citizenId : citizenIds) {
      keys.add(citizenId.value());
    }
    Map<Long, CodeState> found = states.getAll(keys);
    Map<CitizenId, CodeStatus> statuses = new LinkedHashMap<>();
    for (CitizenId citizenId : citizenIds) {
      statuses.put(citizenId, statusOf(citizenId, known(found.get(citizenId.value()))));
    }
    return statuses;
  }

  private static CodeStatus statusOf(CitizenId citizenId, CodeState state) {
    return new CodeStatus(
        citizenId,
        state.colour(),
        state.reasonCategory(),
        state.maskedName(),
        state.maskedResidentId(),
        state.colourSince());
  }

  private CodeState stateOf(long citizenId) {
    return known(states.get(citizenId));
  }

  private static CodeState known(CodeState state) {
    if (state == null) {
      throw new InvalidInputException("citizen", "citizen.unknown", "no such citizen");
    }
    return state;
  }
}
