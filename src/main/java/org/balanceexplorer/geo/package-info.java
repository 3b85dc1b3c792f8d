/**
 * Geodesy and geometry: distances and geodesic circles on WGS 84 (Apache SIS), rings cut at the
 * antimeridian and closed over the poles, their true outlines, reach ("within range", one rule:
 * {@link org.balanceexplorer.geo.Reach#within}), territory envelopes, areas on the ellipsoid and the
 * share of a territory within range ({@link org.balanceexplorer.geo.EllipsoidArea},
 * {@link org.balanceexplorer.geo.TerritoryShare}), the five projections, the
 * basemap reader and the disputed lines derived from it.
 *
 * <p>Contract: imports {@code model} and libraries only (SIS, JTS; Jackson in the basemap reader
 * alone), never JavaFX; all projection maths is here. Inside, JTS x is longitude and y latitude,
 * converted in one place. Results are immutable; classes say in their javadoc what is thread-safe.
 */
package org.balanceexplorer.geo;
