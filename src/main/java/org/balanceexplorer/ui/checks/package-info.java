/**
 * The "Claim checks" tab: each statement that implies geometry, with its claimant and source,
 * beside the measurements computed from the data ({@link org.balanceexplorer.state.ClaimCheckComputation}),
 * and no verdict. {@link org.balanceexplorer.ui.checks.ClaimChecksViewModel} recomputes off the FX
 * thread when a launch point moves or the time settings change;
 * {@link org.balanceexplorer.ui.checks.ClaimChecksPanel} only shows what it holds.
 */
package org.balanceexplorer.ui.checks;
