package com.onecodepass.triprecord.checkin.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.onecodepass.codeissue.api.citizen.DependantView;
import com.onecodepass.codeissue.api.citizen.Dependants;
import com.onecodepass.codeissue.api.code.CodeCard;
import com.onecodepass.codeissue.api.code.CodeCardView;
import com.onecodepass.codeissue.api.code.CodeColour;
import com.onecodepass.codeissue.api.code.CodeStatus;
import com.onecodepass.codeissue.api.code.TokenVerdict;
import com.onecodepass.codeissue.api.code.VenueCodeCheck;
import com.onecodepass.codeissue.api.code.VenueCodes;
import com.onecodepass.platform.api.CitizenId;
import com.onecodepass.triprecord.api.checkin.CheckInReceipt;
import com.onecodepass.triprecord.api.checkin.VenueScan;
import com.onecodepass.triprecord.api.venue.VenueCategory;
import com.onecodepass.triprecord.api.venue.VenueException;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.checkin.control.Recorders;
import com.onecodepass.triprecord.venue.control.VenueStore;
import com.onecodepass.triprecord.venue.entity.Venue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a check-in costs in calls to code-issue, counted on a fake of its API. A family of 1 + 3
 * makes three calls in all, however many they are (holders, poster, colours), where it used to make
 * one per dependant plus one per person; the poster is verified once ({@code check} is one
 * signature verification in code-issue), also when the page has already read it (issue 15).
 */
class CheckInCallsTest {

  private static final String POSTER = "poster-token";
  private static final String VENUE_CODE = "AAAAAAAAAAA";
  private static final long HOLDER = 1;
  private static final List<Long> FAMILY = List.of(2L, 3L, 4L);

  @Test
  void aFamilyOfFourVerifiesThePosterOnceAndCallsCodeIssueThreeTimes() {
    CountingCodeIssue codeIssue = new CountingCodeIssue(Set.of(2L, 3L, 4L));
    CheckInService service = service(codeIssue, Set.of());

    List<CheckInReceipt> receipts = service.checkInTogether(HOLDER, FAMILY, POSTER);

    assertThat(receipts).extracting(CheckInReceipt::citizenId).containsExactly(1L, 2L, 3L, 4L);
    assertThat(receipts).extracting(CheckInReceipt::colour).containsOnly("GREEN");
    assertThat(receipts).extracting(CheckInReceipt::maskedName).containsOnly("张*");
    assertThat(codeIssue.calls).containsExactly("holdsAll", "check", "statuses");
    assertThat(codeIssue.askedForColours).containsExactly(List.of(1L, 2L, 3L, 4L));
  }

  @Test
  void thePageHandsDownTheScanItShowedSoThePosterIsNotVerifiedAgain() {
    CountingCodeIssue codeIssue = new CountingCodeIssue(Set.of(2L, 3L, 4L));
    CheckInService service = service(codeIssue, Set.of());

    VenueScan shown = service.scan(POSTER);
    List<CheckInReceipt> receipts = service.checkInTogether(HOLDER, FAMILY, shown);

    assertThat(receipts).hasSize(4);
    assertThat(codeIssue.calls).containsExactly("check", "holdsAll", "statuses");
  }

  @Test
  void aRescanIsAnsweredWithTheEarlierRowAndItsColoursAreAskedInTheSameOneCall() {
    CountingCodeIssue codeIssue = new CountingCodeIssue(Set.of(2L, 3L, 4L));
    CheckInService service = service(codeIssue, Set.of(1L, 3L));

    List<CheckInReceipt> receipts = service.checkInTogether(HOLDER, FAMILY, POSTER);

    assertThat(receipts)
        .extracting(CheckInReceipt::repeated)
        .containsExactly(true, false, true, false);
    assertThat(receipts)
        .extracting(CheckInReceipt::maskedName)
        .containsExactly("earlier", "张*", "earlier", "张*");
    assertThat(codeIssue.calls).containsExactly("holdsAll", "check", "statuses");
    assertThat(codeIssue.askedForColours).containsExactly(List.of(1L, 2L, 3L, 4L));
  }

  @Test
  void refusalsAreTheSameAndComeBeforeAnyColourIsRead() {
    CountingCodeIssue codeIssue = new CountingCodeIssue(Set.of(2L, 3L));
    CheckInService service = service(codeIssue, Set.of());

    assertThatThrownBy(() -> service.checkInTogether(HOLDER, FAMILY, POSTER))
        .isInstanceOf(VenueException.class)
        .hasMessage("checkin.notHolder");
    assertThatThrownBy(() -> service.checkInTogether(HOLDER, List.of(HOLDER), POSTER))
        .hasMessage("checkin.notHolder");
    assertThatThrownBy(() -> service.checkInTogether(HOLDER, List.of(2L), "forged"))
        .hasMessage("checkin.bad_signature");
    assertThat(codeIssue.calls).containsExactly("holdsAll", "holdsAll", "check");
  }

  private static CheckInService service(CountingCodeIssue codeIssue, Set<Long> recentlyIn) {
    CheckInService service = new CheckInService();
    service.venueCodes = codeIssue;
    service.codeCard = codeIssue;
    service.dependants = codeIssue;
    service.venues = new OneVenue();
    service.recorder = Recorders.withoutDatabase(recentlyIn);
    return service;
  }

  /** The venue on the poster, active. */
  static class OneVenue extends VenueStore {
    @Override
    public Optional<Venue> byPublicCode(String publicCode) {
      if (!VENUE_CODE.equals(publicCode)) {
        return Optional.empty();
      }
      Instant created = Instant.parse("2026-11-01T00:00:00Z");
      return Optional.of(
          new Venue(VENUE_CODE, "回民街茶馆", VenueCategory.RESTAURANT, "北院门", "610104", null, created) {
            @Override
            public VenueView view() {
              return new VenueView(
                  7,
                  VENUE_CODE,
                  "回民街茶馆",
                  VenueCategory.RESTAURANT,
                  "北院门",
                  "610104",
                  null,
                  status(),
                  null,
                  null,
                  created);
            }
          });
    }
  }

  /** code-issue's API as the check-in path uses it, each call noted by its method's name. */
  static class CountingCodeIssue implements VenueCodes, CodeCard, Dependants {

    final List<String> calls = new ArrayList<>();
    final List<List<Long>> askedForColours = new ArrayList<>();
    private final Set<Long> heldByTheHolder;

    CountingCodeIssue(Set<Long> heldByTheHolder) {
      this.heldByTheHolder = heldByTheHolder;
    }

    @Override
    public VenueCodeCheck check(String tokenOrUrl) {
      calls.add("check");
      return POSTER.equals(tokenOrUrl)
          ? new VenueCodeCheck(TokenVerdict.VALID, VENUE_CODE)
          : new VenueCodeCheck(TokenVerdict.BAD_SIGNATURE, null);
    }

    @Override
    public CodeStatus status(long citizenId) {
      calls.add("status");
      return green(citizenId);
    }

    @Override
    public Map<CitizenId, CodeStatus> statuses(Collection<CitizenId> citizenIds) {
      calls.add("statuses");
      askedForColours.add(citizenIds.stream().map(CitizenId::value).toList());
      Map<CitizenId, CodeStatus> statuses = new LinkedHashMap<>();
      citizenIds.forEach(id -> statuses.put(id, green(id.value())));
      return statuses;
    }

    @Override
    public boolean isHolderOf(long holderCitizenId, long dependantCitizenId) {
      calls.add("isHolderOf");
      return holderCitizenId == HOLDER && heldByTheHolder.contains(dependantCitizenId);
    }

    @Override
    public boolean holdsAll(CitizenId holder, Collection<CitizenId> dependants) {
      calls.add("holdsAll");
      return holder.value() == HOLDER
          && heldByTheHolder.containsAll(dependants.stream().map(CitizenId::value).toList());
    }

    private static CodeStatus green(long citizenId) {
      return new CodeStatus(
          CitizenId.of(citizenId), CodeColour.GREEN, null, "张*", "6101**", Instant.EPOCH);
    }

    @Override
    public String sign(String venueSubject) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CodeCardView show(long citizenId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<DependantView> dependantsOf(long holderCitizenId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DependantView add(
        long holderCitizenId, String name, String residentId, String relation, boolean consent) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void remove(long holderCitizenId, long dependantCitizenId) {
      throw new UnsupportedOperationException();
    }
  }
}
