package org.balanceexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.balanceexplorer.data.BundledData;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.BasemapBinary;
import org.balanceexplorer.geo.BasemapBinaryTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The basemap snapshots the build wrote are the bundled GeoJSON, read the long way. */
class SnapshotsTest {

    @ParameterizedTest
    @EnumSource(BundledData.Resolution.class)
    void theBuildsBasemapSnapshotIsItsGeoJson(BundledData.Resolution r) throws IOException {
        Basemap fromSnapshot;
        try (InputStream in = BundledData.basemapSnapshot(r)) {
            assertThat(in).as("the build writes the snapshot (process-classes)").isNotNull();
            fromSnapshot = BasemapBinary.read(in, () -> BundledData.basemap(r));
        }
        Basemap fromGeoJson;
        try (InputStream in = BundledData.basemap(r)) {
            fromGeoJson = Basemap.read(in);
        }
        BasemapBinaryTest.assertSameBasemap(fromSnapshot, fromGeoJson);
    }
}
