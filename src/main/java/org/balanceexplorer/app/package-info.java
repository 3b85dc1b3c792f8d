/**
 * Start-up and the command line: the jar's {@code Launcher}, the JavaFX application, the start-up
 * options (parsed once into the first view state) and the {@code validate}, {@code reach} and
 * {@code report} commands.
 *
 * <p>Contract: wiring only, no logic of its own; may import every package.
 */
package org.balanceexplorer.app;
