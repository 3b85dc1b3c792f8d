package org.balanceexplorer.map.paint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.balanceexplorer.map.paint.LabelPlacement.Candidate;
import org.balanceexplorer.map.paint.LabelPlacement.Placement;
import org.balanceexplorer.map.paint.LabelPlacement.Request;
import org.junit.jupiter.api.Test;

/** Label placement as a pure function: boxes in, placed labels out. */
class LabelPlacementTest {

    private static final Box VIEW = new Box(0, 0, 100, 100);

    @Test
    void noRequestsPlaceNothingAndTakeNothing() {
        List<Box> taken = new ArrayList<>();
        assertThat(LabelPlacement.place(List.of(), taken)).isEmpty();
        assertThat(taken).isEmpty();
    }

    @Test
    void theFirstFreeCandidateIsChosenAndTaken() {
        List<Box> taken = new ArrayList<>(List.of(new Box(0, 0, 10, 10)));
        Box over = new Box(5, 5, 10, 10);
        Box free = new Box(20, 0, 10, 10);
        List<Placement> out = LabelPlacement.place(List.of(Request.label(List.of(Candidate.anywhere(over),
                Candidate.anywhere(free)))), taken);
        assertThat(out).containsExactly(new Placement(true, 1));
        assertThat(taken).contains(free).doesNotContain(over);
    }

    @Test
    void aLaterLabelKeepsClearOfAnEarlierOne() {
        Box spot = new Box(10, 10, 20, 10);
        Box elsewhere = new Box(10, 40, 20, 10);
        List<Placement> out = LabelPlacement.place(List.of(
                Request.label(List.of(Candidate.anywhere(spot))),
                Request.label(List.of(Candidate.anywhere(spot), Candidate.anywhere(elsewhere)))), new ArrayList<>());
        assertThat(out).containsExactly(new Placement(true, 0), new Placement(true, 1));
    }

    @Test
    void aLabelWithNoFreeSpotIsHiddenButItsAnchorStays() {
        List<Box> taken = new ArrayList<>(List.of(new Box(0, 0, 50, 50)));
        Box anchor = new Box(60, 60, 9, 9);
        List<Placement> out = LabelPlacement.place(List.of(new Request(anchor, false,
                List.of(Candidate.anywhere(new Box(40, 40, 30, 10))))), taken);
        assertThat(out).containsExactly(new Placement(true, -1));
        assertThat(out.get(0).labelled()).isFalse();
        assertThat(taken).contains(anchor);
    }

    @Test
    void anAnchorOnTakenRoomLeavesTheWholeRequestOutUnlessItIsAlwaysDrawn() {
        Box anchor = new Box(5, 5, 9, 9);
        List<Box> taken = new ArrayList<>(List.of(new Box(0, 0, 10, 10)));
        Request city = new Request(anchor, false, List.of(Candidate.anywhere(new Box(30, 30, 10, 10))));
        Request launch = new Request(anchor, true, List.of(Candidate.anywhere(new Box(30, 30, 10, 10))));
        assertThat(LabelPlacement.place(List.of(city), new ArrayList<>(taken)))
                .containsExactly(new Placement(false, -1));
        assertThat(LabelPlacement.place(List.of(launch), new ArrayList<>(taken)))
                .containsExactly(new Placement(true, 0));
    }

    @Test
    void aCandidateOutsideItsBoundIsNotChosen() {
        Box halfOut = new Box(95, 10, 20, 10);
        Box inside = new Box(60, 10, 20, 10);
        List<Placement> out = LabelPlacement.place(List.of(Request.label(List.of(new Candidate(halfOut, VIEW),
                new Candidate(inside, VIEW)))), new ArrayList<>());
        assertThat(out).containsExactly(new Placement(true, 1));
    }

    @Test
    void placedLabelsNeverOverlapHoweverManyCompete() {
        java.util.Random random = new java.util.Random(20261204);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<Candidate> cs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                cs.add(new Candidate(new Box(random.nextDouble() * 90, random.nextDouble() * 95, 10, 5), VIEW));
            }
            requests.add(Request.label(cs));
        }
        List<Placement> out = LabelPlacement.place(requests, new ArrayList<>());
        List<Box> chosen = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).labelled()) {
                chosen.add(requests.get(i).candidates().get(out.get(i).candidate()).box());
            }
        }
        assertThat(chosen).hasSizeGreaterThan(20);
        for (int i = 0; i < chosen.size(); i++) {
            for (int k = i + 1; k < chosen.size(); k++) {
                assertThat(chosen.get(i).intersects(chosen.get(k))).isFalse();
            }
        }
    }
}
