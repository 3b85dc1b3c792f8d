package org.balanceexplorer.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balanceexplorer.ui.I18n;

/**
 * The Help menu: the user guide (shipped inside the app, Shift+F1), the keyboard shortcuts (F1 or
 * {@code ?}, {@link Shortcuts}), Report a problem (the versions and the log's last lines to copy,
 * {@link ProblemReport}) and About (versions, licences and data attributions). Each opens a window
 * of its own that takes the main window's stylesheets, so it follows the theme and the UI scale.
 */
public final class HelpMenu {

    /**
     * The libraries shipped with the app: name, Maven coordinates (group/artifact) and licence, named
     * as their authors name them in every language.
     */
    record Library(String name, String group, String artifact, String licence) {
    }

    static final List<Library> LIBRARIES = List.of(
            new Library("OpenJFX (JavaFX)", "org.openjfx", "javafx-controls", "GPL v2 with the Classpath Exception"),
            new Library("ControlsFX", "org.controlsfx", "controlsfx", "BSD 3-Clause"),
            new Library("Apache SIS", "org.apache.sis.core", "sis-referencing", "Apache License 2.0"),
            new Library("JTS Topology Suite", "org.locationtech.jts", "jts-core",
                    "Eclipse Public License 2.0 or Eclipse Distribution License 1.0"),
            new Library("Jackson", "com.fasterxml.jackson.core", "jackson-databind", "Apache License 2.0"),
            new Library("networknt JSON Schema Validator", "com.networknt", "json-schema-validator",
                    "Apache License 2.0"),
            new Library("picocli", "info.picocli", "picocli", "Apache License 2.0"));

    private HelpMenu() {
    }

    /**
     * Fills a Help menu: User guide (Shift+F1), Keyboard shortcuts (F1), Report a problem, About.
     *
     * @param title       the app's title
     * @param datasetLine the open dataset's name and version
     * @param owner       the main window (for stylesheets and placement)
     * @param menus       the window's menus, whose accelerators the shortcuts list
     * @param report      what a problem report needs from the app: the log file, the settings, an opener
     */
    public static void install(Menu help, String title, Supplier<String> datasetLine, Supplier<Window> owner,
                               Supplier<List<Menu>> menus, ProblemReport.Sources report) {
        MenuItem guide = new MenuItem(I18n.text("help.guide"));
        guide.setId("user-guide");
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN));
        guide.setOnAction(e -> userGuide(owner.get()).show());
        MenuItem keys = new MenuItem(I18n.text("help.shortcuts"));
        keys.setId("keyboard-shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> shortcuts(owner.get(), menus.get()).show());
        MenuItem problem = new MenuItem(I18n.text("help.report"));
        problem.setId("report-problem");
        problem.setOnAction(e -> ProblemReport.dialog(title, datasetLine.get(), report, owner.get()).show());
        MenuItem about = new MenuItem(I18n.text("help.about"));
        about.setId("about");
        about.setOnAction(e -> about(title, datasetLine.get(), owner.get()).show());
        help.getItems().setAll(guide, keys, problem, about);
    }

    /**
     * Makes {@code ?} open the keyboard shortcuts in a window, unless it is typed into a text field.
     *
     * @param window a node of the window (its scene may come later)
     * @param menus  the window's menus
     */
    public static void answerQuestionMark(Node window, Supplier<List<Menu>> menus) {
        EventHandler<KeyEvent> typed = e -> {
            Scene scene = window.getScene();
            if ("?".equals(e.getCharacter()) && scene != null
                    && !(scene.getFocusOwner() instanceof TextInputControl)) {
                shortcuts(scene.getWindow(), menus.get()).show();
                e.consume();
            }
        };
        window.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventHandler(KeyEvent.KEY_TYPED, typed);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_TYPED, typed);
            }
        });
    }

    /** The user guide's text (Markdown), shipped inside the app; it is written in English only. */
    public static String userGuideText() {
        try (InputStream in = HelpMenu.class.getResourceAsStream("user-guide.md")) {
            if (in == null) {
                return I18n.text("help.guide.missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return I18n.text("help.guide.unreadable", String.valueOf(e.getMessage()));
        }
    }

    static Stage userGuide(Window owner) {
        TextArea text = new TextArea(userGuideText());
        text.setId("user-guide-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText(I18n.text("help.guide.title"));
        return window(owner, I18n.text("help.guide.title"), new BorderPane(text), 820, 700);
    }

    static Stage shortcuts(Window owner, List<Menu> menus) {
        Stage stage = window(owner, I18n.text("shortcuts.title"), Shortcuts.view(Shortcuts.all(menus)), 820, 620);
        stage.setOnShown(e -> stage.getScene().lookup("#shortcuts").requestFocus());
        return stage;
    }

    static Stage about(String title, String datasetLine, Window owner) {
        StringBuilder b = new StringBuilder();
        b.append(title).append('\n').append(I18n.text("help.about.version", appVersion())).append('\n')
                .append(datasetLine).append("\n\n")
                .append(I18n.text("help.about.runtime", System.getProperty("java.version"),
                        System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"))))
                .append("\n\n").append(I18n.text("help.about.libraries")).append('\n');
        for (Library l : LIBRARIES) {
            b.append("  ").append(l.name()).append(' ').append(version(l.group(), l.artifact())).append(" \u2014 ")
                    .append(l.licence()).append('\n');
        }
        b.append('\n').append(I18n.text("help.about.data")).append('\n').append(I18n.text("help.about.attributions"))
                .append('\n');
        TextArea text = new TextArea(b.toString());
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        return window(owner, I18n.text("help.about.title"), new BorderPane(text), 720, 520);
    }

    static Stage window(Window owner, String title, javafx.scene.Parent content, double w, double h) {
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
        }
        Scene scene = new Scene(content, w, h);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        return stage;
    }

    /** The app's version from its jar, or "development build" (in the chosen language) when run from source. */
    static String appVersion() {
        String v = knownVersion("org.balanceexplorer", "balance-explorer");
        return v == null ? I18n.text("help.version.development") : v;
    }

    /**
     * A library's version from the {@code pom.properties} Maven puts in its jar, or "version unknown"
     * (in the chosen language).
     */
    static String version(String group, String artifact) {
        String v = knownVersion(group, artifact);
        return v == null ? I18n.text("help.version.unknown") : v;
    }

    /** A library's version from the {@code pom.properties} Maven puts in its jar, or null. */
    private static String knownVersion(String group, String artifact) {
        if (group.equals("org.openjfx")) {
            return System.getProperty("javafx.runtime.version");
        }
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = HelpMenu.class.getResourceAsStream(path)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version");
            }
        } catch (IOException e) {
            // fall through
        }
        return null;
    }
}
