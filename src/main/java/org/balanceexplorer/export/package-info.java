/**
 * Exports: the map of a view state as a PNG (Java2D) or a PDF handout (PDFBox), drawn by the
 * screen's painters through their {@link org.balanceexplorer.map.paint.Surface}, and the rings of a
 * view as GIS features that {@code data} writes as GeoJSON and KML; every claim shown is numbered
 * and resolved in the file.
 *
 * <p>Contract: imports {@code model}, {@code geo}, {@code state}, {@code map.paint} and {@code data},
 * never JavaFX (LayeringTest), so the headless command line runs with no toolkit and no display.
 * Files are written atomically ({@code data.AtomicFiles}). Decisions 0009 and 0013.
 */
package org.balanceexplorer.export;
