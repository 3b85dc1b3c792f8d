/**
 * The claims panel: every claim behind each figure of the selected system, with claimant, kind,
 * source, date and quote; a selected country's systems; a timeline event's claims and the systems
 * it names. Under the year slider it reads the dataset as known then and says what the year
 * changed (absent systems, hidden claims, recomputed headlines, undated claims).
 */
package org.balanceexplorer.ui.claims;
