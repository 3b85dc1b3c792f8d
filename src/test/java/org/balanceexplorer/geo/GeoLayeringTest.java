package org.balanceexplorer.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the architecture's rule for this package: geo imports only model and libraries, never JavaFX. */
class GeoLayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/balanceexplorer/geo");

    @Test
    void geoImportsNeitherJavaFxNorOtherApplicationLayers() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(GeoLayeringTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .toList();
        }
        assertThat(imports).isNotEmpty();
        assertThat(imports).noneMatch(line -> line.contains("javafx."));
        assertThat(imports).filteredOn(line -> line.contains("org.balanceexplorer."))
                .allMatch(line -> line.contains("org.balanceexplorer.model."));
    }

    @Test
    void axisOrderIsConvertedOnlyInCoordinates() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            List<Path> offenders = files
                    .filter(f -> !f.getFileName().toString().equals("Coordinates.java"))
                    .filter(f -> lines(f).anyMatch(l -> l.contains("new Coordinate(") && l.contains("lonDeg()")))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
