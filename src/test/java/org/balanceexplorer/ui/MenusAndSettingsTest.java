package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.data.SettingsFile;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.paint.RingPalette;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.ProjectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu bar and the settings, used as a user does: through the menus, in the real window.
 */
class MenusAndSettingsTest extends RunningAppTest {

    @TempDir
    Path temp;

    /**
     * Chooses a menu item as a click on it does: opens the menu of the bar by its title, then
     * fires the item (which toggles a check item and selects a radio item). The items are found
     * by id under that menu, through submenus.
     */
    private void menu(String title, String... path) throws Exception {
        javafx.scene.control.Menu top = onFx(() -> app.window().menuBar().getMenus().stream()
                .filter(m -> m.getText().replace("_", "").equals(title)).findFirst().orElseThrow());
        interact(top::show);
        javafx.scene.control.MenuItem item = null;
        java.util.List<javafx.scene.control.MenuItem> items = top.getItems();
        for (String id : path) {
            item = items.stream().filter(i -> id.equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + id + " under " + title));
            assertThat(item.isDisable()).as(id + " is enabled").isFalse();
            if (item instanceof javafx.scene.control.Menu sub) {
                items = sub.getItems();
            }
        }
        javafx.scene.control.MenuItem leaf = item;
        interact(() -> {
            // fire() toggles a check item and selects a radio item, as a click does.
            leaf.fire();
            top.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path brokenFolder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("broken edition"));
        Files.writeString(dir.resolve("mine.json"), "{\n  \"schemaVersion\": 1,\n  \"places\": [\n    { \"id\": \"x\", "
                + "\"name\": \"X\", \"country\": \"PAK\",\n      \"lat\": 95, \"lon\": 73, \"kind\": \"capital\", "
                + "\"coordinateSource\": \"test\" }\n  ]\n}\n");
        return dir;
    }

    private Path goodFolder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("fixture edition"));
        Path source = Path.of(getClass().getResource("/datasets/valid").toURI());
        for (String f : new String[] {"core.json", "systems.json"}) {
            Files.copy(source.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void aBrokenFolderFromOpenRecentIsListedInPlainWordsAndTheBundledDataStays() throws Exception {
        Path broken = brokenFolder();
        String bundled = app.model().dataset().info().name();
        onFx(() -> {
            app.settings().update(s -> s.withDatasetFolder(broken).withDatasetFolder(null));
            return null;
        });

        menu("File", "open-recent", "recent-0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#open-problems").tryQuery().isPresent());

        String shown = lookup("#open-problems").queryAs(TextArea.class).getText();
        assertThat(shown).contains("mine.json:5:").contains("$.places[0].lat");
        assertThat(shown).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(app.model().dataset().info().name()).isEqualTo(bundled);
        assertThat(lookup("#map").tryQuery()).isPresent();
        assertThat(app.settings().get().datasetFolder()).as("a folder that failed is not remembered as open").isNull();
        assertThat(app.settings().get().recentFolders()).containsExactly(broken);
    }

    @Test
    void aGoodFolderFromOpenRecentReplacesTheDataAndTheBundledDataComesBack() throws Exception {
        Path good = goodFolder();
        String bundled = app.model().dataset().info().name();
        onFx(() -> {
            app.settings().update(s -> s.withDatasetFolder(good).withDatasetFolder(null));
            return null;
        });

        menu("File", "open-recent", "recent-0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model() != null
                && app.model().dataset().info().name().equals("Test fixture dataset"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.settings().get().datasetFolder()).isEqualTo(good);
        assertThat(app.settings().get().recentFolders()).first().isEqualTo(good);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(TestSettings.folder()
                .resolve(SettingsFile.FILE_NAME)) && Files.readString(TestSettings.folder().resolve(SettingsFile.FILE_NAME))
                .contains("fixture edition"));

        menu("File", "use-bundled-data");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().dataset().info().name().equals(bundled));
        assertThat(app.settings().get().datasetFolder()).isNull();
        assertThat(app.settings().get().recentFolders()).containsExactly(good);
    }

    @Test
    void theViewMenuAndTheToolBarShowAndChangeOneState() throws Exception {
        menu("View", "view-rings", "view-bands");
        assertThat(app.model().state().rings().bands()).isTrue();
        assertThat(lookup("#show-bands").queryAs(CheckBox.class).isSelected()).isTrue();

        clickOn("#show-claim-rings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().state().rings().claimRings()).isTrue();
        CheckMenuItem claimRings = (CheckMenuItem) app.window().menuBar().view().getItems().stream()
                .filter(i -> "view-rings".equals(i.getId())).findFirst().map(m -> ((javafx.scene.control.Menu) m)
                        .getItems().stream().filter(i -> "view-claim-rings".equals(i.getId())).findFirst().orElseThrow())
                .orElseThrow();
        assertThat(claimRings.isSelected()).isTrue();

        menu("View", "view-projection", "view-projection-mercator");
        settle();
        assertThat(app.model().state().projection().kind()).isEqualTo(ProjectionKind.MERCATOR);
        assertThat(lookup("#projection").queryAs(javafx.scene.control.ChoiceBox.class).getValue()).isEqualTo(Projections.Kind.MERCATOR);
    }

    @Test
    void twoHundredPercentDoublesTheFontsAndTheMapsLabelsAndSymbols() throws Exception {
        MapView map = app.window().map();
        Label status = lookup("#status-bar .label").queryAs(Label.class);
        double fontBefore = status.getFont().getSize();
        double viewWidthBefore = map.getViewport().width();
        double labelBefore = onFx(() -> tallestLabel(map));

        menu("View", "view-scale", "scale-200");
        settle();

        assertThat(status.getFont().getSize()).isCloseTo(2 * fontBefore, org.assertj.core.data.Offset.offset(0.01));
        assertThat(map.getUiScale()).isEqualTo(2.0);
        // The map's units are now two pixels: the same labels (in units) cover twice the pixels,
        // and the view, fitted to the same region, is half as many units wide.
        assertThat(map.getViewport().width()).isCloseTo(viewWidthBefore / 2, org.assertj.core.data.Offset.offset(3.0));
        assertThat(onFx(() -> tallestLabel(map))).isCloseTo(labelBefore, org.assertj.core.data.Offset.offset(0.5));
        var labelAfter = onFx(() -> map.shownLabelBounds().get(0));
        // The text is drawn at twice the size: dark label pixels fill the label's doubled box on screen.
        WritableImage shot = onFx(() -> map.snapshot(null, null));
        int dark = 0;
        for (int x = (int) (labelAfter.getMinX() * 2); x < labelAfter.getMaxX() * 2 && x < shot.getWidth(); x++) {
            for (int y = (int) (labelAfter.getMinY() * 2); y < labelAfter.getMaxY() * 2 && y < shot.getHeight(); y++) {
                if (x >= 0 && y >= 0 && shot.getPixelReader().getColor(x, y).getBrightness() < 0.35) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark text pixels in the label's box at 200 %").isGreaterThan(40);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(TestSettings.folder()
                .resolve(SettingsFile.FILE_NAME)) && Files.readString(TestSettings.folder().resolve(SettingsFile.FILE_NAME))
                .contains("\"uiScalePercent\" : 200"));
    }

    /** The height of the tallest place label shown, in map units. */
    private static double tallestLabel(MapView map) {
        return map.shownLabelBounds().stream().mapToDouble(javafx.geometry.Bounds::getHeight).max().orElseThrow();
    }

    @Test
    void theHighContrastThemeRestylesTheWindowAndTheMap() throws Exception {
        MapView map = app.window().map();
        menu("View", "view-theme", "theme-high-contrast");
        settle();

        assertThat(map.getScene().getStylesheets()).anyMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(app.settings().get().theme()).isEqualTo(Settings.Theme.HIGH_CONTRAST);
        Label status = lookup("#status-bar .label").queryAs(Label.class);
        assertThat(status.getTextFill()).isEqualTo(Color.BLACK);
        assertThat(map.theme().sea().hex()).isEqualToIgnoringCase("#b3dcff");
        // The Arabian Sea is painted in the stylesheet's sea colour.
        Point2D sea = onFx(() -> map.toScreen(new GeoPoint(15, 64)));
        WritableImage shot = onFx(() -> map.snapshot(null, null));
        Color c = shot.getPixelReader().getColor((int) sea.getX(), (int) sea.getY());
        assertThat(c.getRed()).isCloseTo(0xb3 / 255.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(c.getBlue()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));

        menu("View", "view-theme", "theme-light");
        settle();
        assertThat(map.getScene().getStylesheets()).noneMatch(s -> s.endsWith("high-contrast.css"));
        assertThat(map.theme().sea().hex()).isEqualTo(org.balanceexplorer.map.paint.MapColours.SEA.hex());
    }

    @Test
    void theColourBlindSafePaletteRedrawsTheRings() throws Exception {
        tick("Shaheen-III");
        MapView map = app.window().map();
        menu("View", "view-palette", "palette-colour-blind-safe");
        settle();
        assertThat(map.theme().palette()).isEqualTo(RingPalette.COLOUR_BLIND_SAFE);
        var ring = map.rings().get(0);
        Color wanted = org.balanceexplorer.map.FxSurface.fx(RingPalette.COLOUR_BLIND_SAFE.style(ring.styleIndex()).colour());
        GeoPoint east = org.balanceexplorer.geo.Geodesy.direct(ring.centre(), 90,
                system("Shaheen-III").headlineRangeKm() * 1000);
        Point2D onRing = onFx(() -> map.toScreen(east));
        WritableImage shot = onFx(() -> map.snapshot(null, null));
        boolean found = false;
        for (int dx = -3; dx <= 3 && !found; dx++) {
            for (int dy = -3; dy <= 3 && !found; dy++) {
                Color c = shot.getPixelReader().getColor((int) Math.round(onRing.getX()) + dx,
                        (int) Math.round(onRing.getY()) + dy);
                found = Math.abs(c.getRed() - wanted.getRed()) < 0.12 && Math.abs(c.getGreen() - wanted.getGreen()) < 0.12
                        && Math.abs(c.getBlue() - wanted.getBlue()) < 0.12;
            }
        }
        assertThat(found).as("a pixel of the safe palette's colour on the ring").isTrue();
    }

    @Test
    void helpShowsTheUserGuideAndAboutWithLicencesAndAttributions() throws Exception {
        menu("Help", "about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#about-text").tryQuery().isPresent());
        String about = lookup("#about-text").queryAs(TextArea.class).getText();
        assertThat(about).contains("ControlsFX").contains("BSD 3-Clause").contains("Apache SIS")
                .contains("Apache License 2.0").contains("Eclipse Public License 2.0").contains("picocli")
                .contains("Natural Earth").contains("GeoNames").contains("CC BY 4.0")
                .contains(app.model().dataset().info().version());

        menu("Help", "user-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#user-guide-text").tryQuery().isPresent());
        assertThat(lookup("#user-guide-text").queryAs(TextArea.class).getText())
                .isEqualTo(Files.readString(Path.of("docs/user-guide.md")));
    }
}
