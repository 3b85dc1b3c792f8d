package org.balanceexplorer.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.data.DatasetLoader;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Event;
import org.balanceexplorer.model.EventKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the bundled dataset's events sit on the timeline: rows by kind, across by date, hits by nearness. */
class EventLayoutTest {

    private static final double WIDTH = 1000;
    private static List<Event> events;
    private static EventLayout layout;

    @BeforeAll
    static void layOutTheBundledEvents() {
        Dataset d = DatasetLoader.loadVerified(BundledData.datasetFolder());
        events = d.events();
        layout = new EventLayout(events, 1989, 2026, WIDTH);
    }

    @Test
    void everyEventIsInTheRowOfItsKindAndTheRowsAreTestsAgreementsSanctionsStatements() {
        // the bundled events have no kind "other": four rows
        assertThat(layout.rows()).containsExactly(EventKind.TEST, EventKind.AGREEMENT, EventKind.SANCTION,
                EventKind.STATEMENT);
        assertThat(layout.placed()).hasSize(events.size());
        for (EventLayout.Placed p : layout.placed()) {
            double rowMid = layout.rows().indexOf(p.event().kind()) * EventLayout.ROW_HEIGHT + EventLayout.ROW_HEIGHT / 2;
            assertThat(p.y()).isCloseTo(rowMid, within(4.0));
        }
    }

    @Test
    void laterEventsAreFurtherRightAndTheSliderEndsAtTheEndOfTheLastYear() {
        for (int i = 1; i < layout.placed().size(); i++) {
            assertThat(layout.placed().get(i).x()).isGreaterThanOrEqualTo(layout.placed().get(i - 1).x());
        }
        // the slider's track: from LABEL_WIDTH + PAD (its first year, 1989, standing over the end of
        // 1989) to WIDTH - PAD (the end of 2026)
        assertThat(layout.x(1990.0)).isCloseTo(EventLayout.LABEL_WIDTH + EventLayout.PAD, within(1e-9));
        assertThat(layout.x(2027.0)).isCloseTo(WIDTH - EventLayout.PAD, within(1e-9));
        // the NSG waiver (2008-09-06) lies in 2008's span
        EventLayout.Placed nsg = layout.placed().stream().filter(p -> p.event().id().equals("nsg-waiver-2008-09-06"))
                .findFirst().orElseThrow();
        assertThat(nsg.x()).isBetween(layout.x(2008.0), layout.x(2009.0));
    }

    @Test
    void aClickFindsTheNearestEventWithinItsRadiusAndNothingFurther() {
        EventLayout.Placed nsg = layout.placed().stream().filter(p -> p.event().id().equals("nsg-waiver-2008-09-06"))
                .findFirst().orElseThrow();
        assertThat(layout.hit(nsg.x() + 2, nsg.y() - 2, 9)).isEqualTo(nsg);
        assertThat(layout.hit(nsg.x(), nsg.y() + 40, 9)).isNull();
    }
}
