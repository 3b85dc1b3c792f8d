/**
 * The dataset as records: places, countries, weapon systems, figures, claims, sources, events.
 *
 * <p>Contract: records with validating constructors and enums, nothing else; imports the JDK only
 * (no JSON, no toolkit, no geometry). Every number is a {@link org.balanceexplorer.model.Claim}
 * with its claimant, source and date; a {@link org.balanceexplorer.model.Figure} keeps every claim
 * and says which is its headline and by what rule. A {@link org.balanceexplorer.model.ClaimCheck}
 * links a statement to what measures it ({@link org.balanceexplorer.model.Measure}), never to a
 * verdict. Axis order is {@code GeoPoint(latDeg, lonDeg)}.
 */
package org.balanceexplorer.model;
