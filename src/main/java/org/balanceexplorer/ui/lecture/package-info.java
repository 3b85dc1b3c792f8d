/**
 * Lectures and scene files in the window: {@link org.balanceexplorer.ui.lecture.LectureModel} (the
 * open lecture and the step shown; commands to step and to edit), the Lecture tab
 * ({@link org.balanceexplorer.ui.lecture.LecturePanel}), and File and Lectures menu items
 * ({@link org.balanceexplorer.ui.lecture.LectureFiles}) that open and save scenes and lectures.
 *
 * <p>Contract: the view binds to the view model and does nothing else; files are read and written
 * on a background thread, never on the FX thread; a file that cannot be read changes nothing and
 * its problems are listed with file, line, column and JSON path; a scene's view is fitted to the
 * open dataset ({@code state.SceneFit}) before it is shown.
 */
package org.balanceexplorer.ui.lecture;
