/**
 * The strip under the map that follows time: the year slider with play, pause, steps and "as known
 * in" ({@link org.balanceexplorer.ui.timeline.TimelineViewModel}, {@link org.balanceexplorer.ui.timeline.TimelineStrip}),
 * and the events timeline ({@link org.balanceexplorer.ui.timeline.EventsTimeline}, laid out by the
 * pure {@code EventLayout}). Every command changes the view state's
 * {@link org.balanceexplorer.state.TimeSettings} through the explorer's view model; what a year
 * means for the dataset is {@link org.balanceexplorer.state.KnownDataset}, in {@code state}.
 */
package org.balanceexplorer.ui.timeline;
