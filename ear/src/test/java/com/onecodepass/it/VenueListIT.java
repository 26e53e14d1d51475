package com.onecodepass.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.onecodepass.triprecord.api.venue.VenueFilter;
import com.onecodepass.triprecord.api.venue.VenuePage;
import com.onecodepass.triprecord.api.venue.VenueStatus;
import com.onecodepass.triprecord.api.venue.VenueView;
import com.onecodepass.triprecord.api.venue.Venues;
import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff venue list at district size: a district officer with 15,000 venues reaches every one of
 * them page by page (keyset, newest first, no gaps or repeats), finds one by a piece of its name or
 * its exact code, narrows to those waiting for approval, and never sees another district's.
 */
@ExtendWith(ArquillianExtension.class)
class VenueListIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests();
  }

  @EJB Venues venues;

  private String tag;
  private final List<VenueView> mine = new ArrayList<>();

  @BeforeEach
  void sevenVenuesThreeOfThemApproved() {
    tag = "列表" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 7; i++) {
      mine.add(TripFixtures.venue(venues, tag + " 店" + i, i % 2 == 1 && i < 6));
    }
    mine.sort(Comparator.comparing(VenueView::id).reversed());
  }

  @Test
  void pagesGoThroughEveryMatchNewestFirstWithoutGapsOrRepeats() {
    List<Long> seen = new ArrayList<>();
    Long before = null;
    int pages = 0;
    do {
      VenuePage page = venues.visibleTo(TripFixtures.YANTA, new VenueFilter(tag, null, before, 3));
      assertThat(page.venues()).hasSizeLessThanOrEqualTo(3);
      page.venues().forEach(v -> seen.add(v.id()));
      before = page.nextBefore();
      pages++;
    } while (before != null && pages < 10);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyElementsOf(mine.stream().map(VenueView::id).toList());
  }

  @Test
  void aStatusAndAPieceOfTheNameNarrowTheList() {
    VenuePage pending =
        venues.visibleTo(
            TripFixtures.YANTA, new VenueFilter(tag.toUpperCase(), VenueStatus.PENDING, null, 50));
    assertThat(pending.venues())
        .extracting(VenueView::status)
        .hasSize(4)
        .containsOnly(VenueStatus.PENDING);
    assertThat(pending.nextBefore()).isNull();

    VenueView third = mine.get(2);
    VenuePage byName =
        venues.visibleTo(TripFixtures.YANTA, new VenueFilter(third.name(), null, null, 50));
    assertThat(byName.venues()).extracting(VenueView::id).containsExactly(third.id());
  }

  @Test
  void theExactCodeFindsTheVenueForItsDistrictAndNothingForAnother() {
    VenueView one = mine.get(0);
    assertThat(
            venues
                .visibleTo(TripFixtures.YANTA, new VenueFilter(one.publicCode(), null, null, 50))
                .venues())
        .extracting(VenueView::id)
        .containsExactly(one.id());
    assertThat(
            venues
                .visibleTo(TripFixtures.XINCHENG, new VenueFilter(one.publicCode(), null, null, 50))
                .venues())
        .isEmpty();
    assertThat(
            venues.visibleTo(TripFixtures.XINCHENG, new VenueFilter(tag, null, null, 50)).venues())
        .isEmpty();
    assertThat(venues.visibleTo(TripFixtures.ADMIN, new VenueFilter(tag, null, null, 50)).venues())
        .hasSize(7);
  }

  @Test
  void wildcardsInTheSearchAreLiteralText() {
    assertThat(
            venues
                .visibleTo(TripFixtures.YANTA, new VenueFilter(tag + "%店", null, null, 50))
                .venues())
        .isEmpty();
    assertThat(
            venues
                .visibleTo(TripFixtures.YANTA, new VenueFilter(tag + " 店_", null, null, 50))
                .venues())
        .isEmpty();
  }
}
