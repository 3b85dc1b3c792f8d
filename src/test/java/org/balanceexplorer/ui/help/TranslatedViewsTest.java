package org.balanceexplorer.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.state.ViewState;
import org.balanceexplorer.ui.ExplorerViewModel;
import org.balanceexplorer.ui.I18n;
import org.balanceexplorer.ui.export.ExportMenu;
import org.balanceexplorer.ui.lecture.LectureFiles;
import org.balanceexplorer.ui.lecture.LectureModel;
import org.balanceexplorer.ui.lecture.LecturePanel;
import org.balanceexplorer.ui.reach.ReachPanel;
import org.balanceexplorer.ui.reach.ReachViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reach tables, the lecture panel, the export and help menus and the keyboard shortcuts, built
 * in Hindi and in Urdu with the languages' own digits: their controls show the bundles' words, not
 * the English ones, and their numbers in Devanagari or Arabic-Indic digits; the dataset's names
 * (Shaheen-III) stay as they are.
 */
class TranslatedViewsTest extends org.balanceexplorer.ui.ViewsOnTheirOwnTest {

    /** A key's words in English, to show the translation is not the English text; then back to the language tested. */
    private static String english(String key, Object... args) {
        Settings.Language tested = I18n.language();
        I18n.use(Settings.Language.EN, Settings.Digits.LATIN);
        try {
            return I18n.text(key, args);
        } finally {
            I18n.use(tested, Settings.Digits.NATIVE);
        }
    }

    /** Puts a view in a scene and lays it out, as a window does (a split pane's items become children then). */
    private static <T extends javafx.scene.Parent> T laidOut(T view) {
        new javafx.scene.Scene(view, 900, 700);
        view.applyCss();
        view.layout();
        return view;
    }

    private static String header(TableView<?> table, int column) {
        return ((Label) table.getColumns().get(column).getGraphic()).getText();
    }

    @Test
    void inHindiTheReachTablesLecturesMenusAndShortcutsSpeakHindiWithDevanagariDigits() throws Exception {
        I18n.use(Settings.Language.HI, Settings.Digits.NATIVE);
        ExplorerViewModel model = onFx(() -> new ExplorerViewModel(dataset, Map.of(),
                ViewState.initial().withShown("shaheen-3", true)));
        ReachViewModel reach = onFx(() -> new ReachViewModel(model));
        try {
            // The reach tables: headers, and the title counting the places in Devanagari digits.
            ReachPanel panel = onFx(() -> laidOut(new ReachPanel(reach)));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !panel.fromTable().getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(header(panel.fromTable(), 0)).isEqualTo(I18n.text("reach.column.system")).isEqualTo("प्रणाली")
                    .isNotEqualTo(english("reach.column.system"));
            assertThat(header(panel.toTable(), 5)).isEqualTo(I18n.text("reach.column.highest"))
                    .isNotEqualTo(english("reach.column.highest"));
            int rows = panel.fromTable().getItems().size();
            Label fromTitle = (Label) panel.lookup("#reach-from-title");
            assertThat(fromTitle.getText()).isEqualTo(I18n.text("reach.from.title", rows))
                    .contains(I18n.number(rows, 0)).doesNotContainPattern("[0-9]");
            // The map in words: the system's name as the dataset has it, its range in Devanagari digits.
            assertThat(reach.summaryProperty().get()).contains("Shaheen-III, २,७५० किमी")
                    .contains(I18n.text("reach.summary.rings", 1)).doesNotContain("range ring");

            // The lecture panel and the File menu's lecture items.
            LectureModel lectures = new LectureModel(model);
            LecturePanel lecturePanel = onFx(() -> laidOut(new LecturePanel(lectures)));
            assertThat(((Label) lecturePanel.lookup("#lecture-title")).getText()).isEqualTo(I18n.text("lecture.none"))
                    .isNotEqualTo(english("lecture.none"));
            onFx(() -> {
                lectures.addCurrentView();
                return null;
            });
            assertThat(((Label) lecturePanel.lookup("#lecture-position")).getText()).isEqualTo("१ में से सीन १");
            assertThat(lectures.lecture().title()).isEqualTo(I18n.text("lecture.untitled"));
            Menu lectureMenu = onFx(() -> {
                Menu m = new Menu(I18n.text("lecture.menu"));
                m.getItems().setAll(new LectureFiles(model, lectures, () -> null, said -> { }).fileItems());
                return m;
            });
            assertThat(lectureMenu.getItems().get(0).getText()).isEqualTo("सीन खोलें (_S)\u2026");

            // The Export menu: the mnemonic in brackets, the scale in Devanagari digits.
            ExportMenu export = onFx(() -> new ExportMenu(() -> null, () -> null, dataset, null));
            assertThat(export.menu().getText()).isEqualTo(I18n.text("export.menu")).isEqualTo("निर्यात (_E)")
                    .isNotEqualTo(english("export.menu"));
            assertThat(export.menu().getItems().stream().filter(i -> "export-png-2x".equals(i.getId())).findFirst()
                    .orElseThrow().getText()).isEqualTo("PNG छवि (२x)\u2026");

            // The Help menu, and the shortcuts table with its headers, the views' keys and the menus' accelerators.
            Menu help = onFx(() -> {
                Menu m = new Menu(I18n.text("menu.help"));
                HelpMenu.install(m, I18n.text("app.title"), () -> "", () -> null, () -> List.of(m),
                        new ProblemReport.Sources(() -> Path.of("explorer-0.log"), () -> null, address -> { }));
                return m;
            });
            assertThat(help.getItems()).extracting(MenuItem::getText).containsExactly(I18n.text("help.guide"),
                    I18n.text("help.shortcuts"), I18n.text("help.report"), I18n.text("help.about"));
            assertThat(help.getItems().get(1).getText()).isEqualTo("कीबोर्ड शॉर्टकट (_K)");
            VBox shortcuts = onFx(() -> laidOut(Shortcuts.view(Shortcuts.all(List.of(lectureMenu, help)))));
            @SuppressWarnings("unchecked")
            TableView<Shortcuts.Shortcut> table = (TableView<Shortcuts.Shortcut>) shortcuts.lookup("#shortcuts");
            assertThat(table.getColumns().get(2).getText()).isEqualTo(I18n.text("shortcuts.column.action"))
                    .isNotEqualTo(english("shortcuts.column.action"));
            assertThat(table.getItems()).contains(new Shortcuts.Shortcut("Ctrl+C",
                    I18n.text("shortcuts.where.reachTables"), I18n.text("shortcuts.action.reachCopy")));
            assertThat(table.getItems()).contains(new Shortcuts.Shortcut("Ctrl+O", "मेनू व्याख्यान", "सीन खोलें\u2026"));
            assertThat(table.getItems()).extracting(Shortcuts.Shortcut::action).doesNotContain(
                    english("shortcuts.action.reachCopy"));
        } finally {
            reach.dispose();
            model.dispose();
        }
    }

    @Test
    void inUrduTheReachTablesAndTheLectureSpeakUrduWithArabicIndicDigits() throws Exception {
        I18n.use(Settings.Language.UR, Settings.Digits.NATIVE);
        ExplorerViewModel model = onFx(() -> new ExplorerViewModel(dataset));
        ReachViewModel reach = onFx(() -> new ReachViewModel(model));
        try {
            ReachPanel panel = onFx(() -> laidOut(new ReachPanel(reach)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(header(panel.fromTable(), 4)).isEqualTo(I18n.text("reach.column.distance"))
                    .isEqualTo("فاصلہ (کلومیٹر)");
            assertThat(((Label) panel.lookup("#reach-from-title")).getText()).isEqualTo(I18n.text("reach.from.title", 0))
                    .contains("۰").doesNotContain("0");
            assertThat(reach.summaryProperty().get()).isEqualTo(I18n.text("reach.summary.none"))
                    .isNotEqualTo(english("reach.summary.none"));

            LectureModel lectures = new LectureModel(model);
            LecturePanel lecturePanel = onFx(() -> laidOut(new LecturePanel(lectures)));
            onFx(() -> {
                lectures.addCurrentView();
                lectures.addCurrentView();
                return null;
            });
            assertThat(((Label) lecturePanel.lookup("#lecture-position")).getText()).isEqualTo("۲ میں سے سین ۲");
            ExportMenu export = onFx(() -> new ExportMenu(() -> null, () -> null, dataset, null));
            assertThat(export.menu().getText()).isEqualTo("برآمد (_E)");
        } finally {
            reach.dispose();
            model.dispose();
        }
    }
}
