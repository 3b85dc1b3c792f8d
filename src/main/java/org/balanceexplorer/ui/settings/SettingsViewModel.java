package org.balanceexplorer.ui.settings;

import org.balanceexplorer.ui.I18n;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.balanceexplorer.data.FileWriteException;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.data.SettingsFile;

/**
 * The user's settings while the app runs: the value read at start-up (off the FX thread), each
 * change a new value, and every change saved on a background thread (the latest value wins; the
 * FX thread never waits on the file). Views bind to {@link #settingsProperty()} and change it with
 * {@link #update}.
 *
 * <h2>Commands</h2>
 * {@link #update} (any change), {@link #close} (saves what is pending, waiting a moment at most).
 *
 * <p>Thread safety: FX application thread, apart from the writer it owns.
 */
public final class SettingsViewModel {

    private static final Logger LOG = Logger.getLogger(SettingsViewModel.class.getName());

    private final SettingsFile file;
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper saveFailure = new ReadOnlyStringWrapper(this, "saveFailure", "");
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    /** The value waiting to be written, or null: set on the FX thread, taken by the writer. */
    private final AtomicReference<Settings> pending = new AtomicReference<>();
    /** What the writer last said about a failed save ("" after a good one); the writer's own. */
    private String lastFailure = "";

    /**
     * @param file   where changes are saved
     * @param loaded what reading the file gave at start-up (its message, if any, becomes the notice)
     */
    public SettingsViewModel(SettingsFile file, SettingsFile.Loaded loaded) {
        this.file = Objects.requireNonNull(file, "file");
        settings.set(loaded.settings());
        notice.set(loaded.message());
    }

    /** The current settings. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public Settings get() {
        return settings.get();
    }

    /** Plain words about the settings file when it could not be used at start-up; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * Plain words when the last save of the settings failed (a full or read-only disk): the settings
     * stay in force while the app runs and the file keeps what it had; empty once a save succeeds.
     */
    public ReadOnlyStringProperty saveFailureProperty() {
        return saveFailure.getReadOnlyProperty();
    }

    /** Changes the settings and saves them in the background; an unchanged value saves nothing. */
    public void update(UnaryOperator<Settings> change) {
        Settings next = Objects.requireNonNull(change.apply(settings.get()), "the changed settings");
        if (next.equals(settings.get())) {
            return;
        }
        settings.set(next);
        if (pending.getAndSet(next) == null) {
            writer.execute(this::writePending);
        }
    }

    private void writePending() {
        Settings s = pending.getAndSet(null);
        if (s == null) {
            return;
        }
        String failure;
        try {
            file.write(s);
            failure = "";
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the settings to " + file.path(), e);
            failure = I18n.text("settings.saveFailed",
                    e instanceof FileWriteException ? e.getMessage() : I18n.text("settings.detailsInLog"));
        }
        if (!failure.equals(lastFailure)) {
            lastFailure = failure;
            String said = failure;
            try {
                Platform.runLater(() -> saveFailure.set(said));
            } catch (IllegalStateException toolkitGone) {
                // Saved at quitting, after the window closed: the log has it.
            }
        }
    }

    /** Saves what is pending and stops the writer, waiting at most {@code timeoutMillis}. */
    public void close(long timeoutMillis) {
        writer.execute(this::writePending);
        writer.shutdown();
        try {
            writer.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
