/**
 * The view state: everything a scene is, as one immutable {@link org.balanceexplorer.state.ViewState},
 * and what follows from it without a toolkit: launch points and their wording, and the rings,
 * bands, envelopes and places within range ({@link org.balanceexplorer.state.RingComputation}), and
 * the measurements of the dataset's claim checks ({@link org.balanceexplorer.state.ClaimCheckComputation},
 * from a dataset and the state's launch points, never a global).
 *
 * <p>Contract: imports {@code model}, {@code geo} and JTS only, never JavaFX, {@code data},
 * {@code map}, {@code ui} or {@code app} (LayeringTest). Every user action is a wither that makes
 * the next state; the map and the panels are drawn from it (decision 0007).
 */
package org.balanceexplorer.state;
