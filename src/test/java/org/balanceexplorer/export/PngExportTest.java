package org.balanceexplorer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PNG exports: drawn at each scale, not enlarged, with the map, caption and sources. */
class PngExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "at {0}x")
    @ValueSource(ints = {1, 2, 3, 4})
    void aPngAtEachScaleIsTheViewsSizeTimesTheScaleAndReadsBack(int scale) throws IOException {
        Page page = ExportFixtures.citingPage();
        BufferedImage one = PngExport.render(ExportFixtures.context(), page, 800, 600, 1);
        Path file = dir.resolve("view@" + scale + "x.png");
        PngExport.write(ExportFixtures.context(), page, 800, 600, scale, file);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(read.getWidth()).isEqualTo(800 * scale);
        // The caption and footer below the map are laid out in view pixels too, so the whole image scales.
        assertThat(read.getHeight()).isEqualTo(one.getHeight() * scale);
        assertThat(read.getHeight()).isGreaterThan(600 * scale);
    }

    @Test
    void theMapIsPaintedNotLeftBlankAndTheFooterHasText() {
        BufferedImage img = PngExport.render(ExportFixtures.context(), ExportFixtures.citingPage(), 800, 600, 1);
        // The sea (MapColours.SEA, #dfeaf2, bluer than it is red) fills much of the map: the Bay of
        // Bengal and the Arabian Sea, under the rings' light shading or not.
        assertThat(countBluish(img, 0, 40, 800, 640)).isGreaterThan(20_000);
        // Below the map, dark text pixels (the caption and the sources).
        assertThat(countDarker(img, 0, 660, 800, img.getHeight(), 100)).isGreaterThan(500);
    }

    @Test
    void aScaleOutsideOneToFourIsRefusedInWords() {
        assertThatThrownBy(() -> PngExport.render(ExportFixtures.context(), Page.of(ExportFixtures.southAsia()), 800,
                600, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 4");
    }

    private static int countBluish(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                int c = img.getRGB(x, y);
                if ((c & 0xff) > ((c >> 16) & 0xff) + 10) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int countDarker(BufferedImage img, int x0, int y0, int x1, int y1, int level) {
        int n = 0;
        for (int y = y0; y < Math.min(y1, img.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, img.getWidth()); x++) {
                int c = img.getRGB(x, y);
                if (((c >> 16) & 0xff) < level && ((c >> 8) & 0xff) < level && (c & 0xff) < level) {
                    n++;
                }
            }
        }
        return n;
    }
}
