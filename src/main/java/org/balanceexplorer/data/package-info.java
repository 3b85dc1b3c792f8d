/**
 * The files the app reads and writes: the dataset (located streaming parse, JSON Schema, semantic
 * rules), view-state (scene) files, GeoJSON and KML of the rings ({@code GisLayer}), the bundled
 * data inside the jar, atomic writes, and the user's settings file
 * ({@link org.balanceexplorer.data.SettingsFile}, decision 0015).
 *
 * <p>Contract: the only package that knows JSON (Jackson, the schema validator); imports
 * {@code model} and {@code state}, never {@code geo}, {@code map}, {@code ui} or JavaFX. Every
 * problem with a file is a {@link org.balanceexplorer.data.DatasetProblem} naming file, line,
 * column, JSON path and record id in plain words; nothing is half-loaded; a user's file is only
 * ever replaced atomically. Decision 0009 says which writers come here.
 */
package org.balanceexplorer.data;
