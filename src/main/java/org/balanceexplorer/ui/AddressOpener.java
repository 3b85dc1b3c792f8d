package org.balanceexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Opens a source's web address in the user's browser, and says so when it cannot, offering the
 * address to copy: JavaFX's own {@code showDocument} fails in silence (a line on the terminal)
 * where no browser is to hand, e.g. on a classroom machine with no desktop set up. A folder's
 * {@code file:} address (the log's folder, from Help &gt; Report a problem) opens the same way, in
 * the file manager; when it cannot, the folder's path is offered to copy.
 *
 * <p>On Linux it runs the desktop's opener ({@code xdg-open}) itself, off the FX thread, and
 * reads its exit code; on other systems, where the platform's opener is always present, it hands
 * the address to the given fallback (the application's host services).
 *
 * <p>Thread safety: {@link #accept} on the FX thread.
 */
public final class AddressOpener implements Consumer<String> {

    private static final Logger LOG = Logger.getLogger(AddressOpener.class.getName());
    /** How long the opener may take to answer before it is taken as started. */
    private static final long WAIT_SECONDS = 20;

    private final String linuxOpener;
    private final Consumer<String> fallback;
    private final Supplier<Window> owner;

    /**
     * @param linuxOpener the program that opens an address on Linux ({@code xdg-open}), looked up on the PATH
     * @param fallback    opens an address elsewhere (the application's {@code HostServices::showDocument})
     * @param owner       the window a "could not open" dialog belongs to
     */
    public AddressOpener(String linuxOpener, Consumer<String> fallback, Supplier<Window> owner) {
        this.linuxOpener = Objects.requireNonNull(linuxOpener, "linuxOpener");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    @Override
    public void accept(String url) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            fallback.accept(url);
            return;
        }
        Thread t = new Thread(() -> {
            String failure = openOnLinux(url, isFolder(url));
            if (failure != null) {
                Platform.runLater(() -> showCopyDialog(url, failure));
            }
        }, "open-address");
        t.setDaemon(true);
        t.start();
    }

    private static boolean isFolder(String url) {
        return url.startsWith("file:");
    }

    /** The path a {@code file:} address names, for a person to copy; the address itself when it names none. */
    private static String pathOf(String url) {
        try {
            return java.nio.file.Path.of(java.net.URI.create(url)).toString();
        } catch (RuntimeException e) {
            return url;
        }
    }

    /** Runs the opener; gives why it failed, or null when it started a browser (or is still busy). */
    private String openOnLinux(String url, boolean folder) {
        File program = onPath(linuxOpener);
        if (program == null) {
            return I18n.text(folder ? "address.noOpener.folder" : "address.noOpener.web", linuxOpener);
        }
        try {
            Process p = new ProcessBuilder(List.of(program.getPath(), url)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return null;
            }
            return p.exitValue() == 0 ? null
                    : I18n.text(folder ? "address.notStarted.folder.code" : "address.notStarted.web.code", linuxOpener,
                    p.exitValue());
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not run " + program, e);
            return I18n.text(folder ? "address.notStarted.folder" : "address.notStarted.web");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static File onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, name);
            if (f.isFile() && f.canExecute()) {
                return f;
            }
        }
        return null;
    }

    private void showCopyDialog(String url, String why) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        boolean folder = isFolder(url);
        alert.setTitle(I18n.text(folder ? "address.title.folder" : "address.title.web"));
        alert.setHeaderText(I18n.text(folder ? "address.header.folder" : "address.header.web"));
        String toCopy = folder ? pathOf(url) : url;
        TextField address = new TextField(toCopy);
        address.setId("address-to-copy");
        address.setEditable(false);
        address.setAccessibleText(I18n.text(folder ? "address.field.folder" : "address.field.web"));
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = new Button(I18n.text(folder ? "address.copy.folder" : "address.copy.web"));
        copy.setId("copy-address");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(toCopy);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(I18n.text("address.copied"));
        });
        Label text = new Label(I18n.text(folder ? "address.yourself.folder" : "address.yourself.web", why));
        text.setWrapText(true);
        VBox box = new VBox(8, text, new HBox(8, address, copy));
        box.setPrefWidth(520);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("address-dialog");
        alert.show();
        address.requestFocus();
        address.selectAll();
    }
}
