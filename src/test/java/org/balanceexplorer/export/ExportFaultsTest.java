package org.balanceexplorer.export;

import org.balanceexplorer.data.FaultyFileSystem;
import org.balanceexplorer.data.FileWriteException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every export (PNG, PDF handout, GeoJSON, KML) onto a full or read-only disk: one plain sentence
 * (docs/reliability.md, "Faults"), the export that was there before byte for byte the same, and
 * nothing else left in the folder. The disk is the in-memory {@link FaultyFileSystem}.
 */
class ExportFaultsTest {

    private static final String OLD = "an earlier export, to be kept";
    private static final String FULL = "the disk is full. Free some space, or choose another disk. "
            + "The file that was there is unchanged.";
    private static final String READ_ONLY = "the folder '/home/student/exports' cannot be written to (it is "
            + "read-only, or you may not write there). Choose another folder. The file that was there is unchanged.";

    private FaultyFileSystem fs;
    private Path folder;

    @BeforeEach
    void makeAFolder() throws IOException {
        fs = FaultyFileSystem.create();
        folder = Files.createDirectories(fs.getPath("/home/student/exports"));
    }

    @AfterEach
    void closeTheFileSystem() throws IOException {
        fs.close();
    }

    /** An earlier export at {@code name}, which a failed export must leave as it is. */
    private Path earlier(String name) throws IOException {
        return Files.writeString(folder.resolve(name), OLD, StandardCharsets.UTF_8);
    }

    private void keptAlone(Path file) throws IOException {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(OLD);
        try (Stream<Path> listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString()).toList())
                    .containsExactly(file.getFileName().toString());
        }
    }

    private static void saysExactly(FileWriteException e, String expected) {
        assertThat(e).as("the export should fail").isNotNull();
        assertThat(e.getMessage()).isEqualTo(expected).doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void aPngOnAFullDiskKeepsTheEarlierPng() throws IOException {
        Path file = earlier("view.png");
        fs.diskFullAfter(4096);
        FileWriteException e = catchThrowableOfType(() -> PngExport.write(ExportFixtures.context(),
                ExportFixtures.citingPage(), 320, 240, 1, file), FileWriteException.class);
        saysExactly(e, "The file 'view.png' could not be written: " + FULL);
        keptAlone(file);
    }

    @Test
    void aPdfHandoutInAReadOnlyFolderKeepsTheEarlierHandout() throws IOException {
        Path file = earlier("handout.pdf");
        fs.readOnly(folder);
        FileWriteException e = catchThrowableOfType(() -> PdfHandout.write(ExportFixtures.context(),
                List.of(ExportFixtures.citingPage()), new PdfHandout.Options(PdfHandout.Paper.A4, true, "", ""), file),
                FileWriteException.class);
        saysExactly(e, "The file 'handout.pdf' could not be written: " + READ_ONLY);
        keptAlone(file);
    }

    @Test
    void aPdfHandoutOnAFullDiskKeepsTheEarlierHandout() throws IOException {
        Path file = earlier("handout.pdf");
        fs.diskFullAfter(1000);
        FileWriteException e = catchThrowableOfType(() -> PdfHandout.write(ExportFixtures.context(),
                List.of(ExportFixtures.citingPage()), new PdfHandout.Options(PdfHandout.Paper.A4, true, "", ""), file),
                FileWriteException.class);
        saysExactly(e, "The file 'handout.pdf' could not be written: " + FULL);
        keptAlone(file);
    }

    @Test
    void geoJsonOnAFullDiskKeepsTheEarlierFile() throws IOException {
        Path file = earlier("rings.geojson");
        fs.diskFullAfter(500);
        FileWriteException e = catchThrowableOfType(() -> GisExport.writeGeoJson(ExportFixtures.context(),
                ExportFixtures.southAsia(), "rings", file), FileWriteException.class);
        saysExactly(e, "The file 'rings.geojson' could not be written: " + FULL);
        keptAlone(file);
    }

    @Test
    void kmlWhereTheUserMayNotWriteKeepsTheEarlierFile() throws IOException {
        Path file = earlier("rings.kml");
        fs.noPermission(folder);
        FileWriteException e = catchThrowableOfType(() -> GisExport.writeKml(ExportFixtures.context(),
                ExportFixtures.southAsia(), "rings", file), FileWriteException.class);
        saysExactly(e, "The file 'rings.kml' could not be written: " + READ_ONLY);
        keptAlone(file);
    }
}
