/** The claims panel: every claim behind each figure of the selected system, with claimant, kind, source, date and quote. */
package org.balanceexplorer.ui.claims;
