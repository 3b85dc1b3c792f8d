package org.balanceexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javax.imageio.ImageIO;
import org.balanceexplorer.ui.export.ExportMenu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Export in the real window: the items are in the File menu, an export runs in the
 * background with its progress under the map, and writes the view the user sees.
 */
class ExportMenuTest extends RunningAppTest {

    @TempDir
    Path dir;

    private void choose(ExportMenu.Kind kind, Path target) throws Exception {
        ExportMenu exports = app.window().exports();
        onFx(() -> {
            exports.setChooser(k -> k == kind ? Optional.of(target) : Optional.empty());
            MenuItem item = exports.menu().getItems().stream()
                    .filter(i -> ("export-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                            .equals(i.getId())).findFirst().orElseThrow();
            item.fire();
            return null;
        });
    }

    private void waitUntilWritten(Path target) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(target)
                && app.window().exports().running() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExportMenuIsInFileAboveQuit() throws Exception {
        var items = onFx(() -> app.window().menuBar().file().getItems().stream().map(MenuItem::getId).toList());
        assertThat(items).containsSubsequence("export-menu", "quit");
    }

    @Test
    void geoJsonOfTheShownRingIsWrittenInTheBackgroundWithItsClaims() throws Exception {
        tick("Shaheen-III");
        Path target = dir.resolve("rings.geojson");
        choose(ExportMenu.Kind.GEOJSON, target);
        waitUntilWritten(target);
        JsonNode root = new ObjectMapper().readTree(target.toFile());
        assertThat(root.get("features").get(0).get("properties").get("system").asText()).isEqualTo("Shaheen-III");
        assertThat(root.get("features").get(0).get("properties").get("claim_count").asInt())
                .isEqualTo(system("Shaheen-III").range().claims().size());
        assertThat(lookup("#export-progress").queryAs(javafx.scene.layout.HBox.class).isVisible()).isTrue();
    }

    @Test
    void aPngAtTwoTimesIsTwiceTheMapsSize() throws Exception {
        tick("Agni-V");
        Path target = dir.resolve("view.png");
        double width = onFx(() -> app.window().map().getViewport().width());
        choose(ExportMenu.Kind.PNG_2X, target);
        waitUntilWritten(target);
        BufferedImage img = ImageIO.read(target.toFile());
        assertThat(img.getWidth()).isEqualTo(2 * (int) Math.round(width));
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInPlainWordsAndWritesNothing() throws Exception {
        Path target = dir.resolve("no-such-folder").resolve("view.kml");
        choose(ExportMenu.Kind.KML, target);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.window().exports().running() == null);
        WaitForAsyncUtils.waitForFxEvents();
        var alert = lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(alert.getHeaderText()).isEqualTo("The export could not be written");
        assertThat(alert.getContentText()).contains("could not be written").doesNotContain("Exception");
        assertThat(target).doesNotExist();
    }
}
