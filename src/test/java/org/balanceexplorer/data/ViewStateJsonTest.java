package org.balanceexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.balanceexplorer.model.Basing;
import org.balanceexplorer.model.Category;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.model.RangeClass;
import org.balanceexplorer.state.Filters;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.LegendCorner;
import org.balanceexplorer.state.LegendLayout;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.Measurement;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.RingOptions;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.TimeSettings;
import org.balanceexplorer.state.ViewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewStateJsonTest {

    static final String FILE = "scene.json";

    /** A valid file, one top-level key a line, so that each case below changes one line. */
    static final List<String> VALID = List.of(
            "{",
            "  \"format\": \"view-state\",",
            "  \"version\": 1,",
            "  \"projection\": {\"kind\": \"mercator\", \"centre\": {\"latDeg\": 30, \"lonDeg\": 70}},",
            "  \"frame\": {\"fit\": \"world\"},",
            "  \"shownSystems\": [\"shaheen-3\", \"agni-5\"],",
            "  \"movedLaunchPoints\": {\"PAK\": {\"latDeg\": 24.86, \"lonDeg\": 67.01}},",
            "  \"rings\": {\"bands\": true, \"claimRings\": false, \"envelopes\": false, \"naive\": false},",
            "  \"time\": {},",
            "  \"filters\": {\"search\": \"\", \"countries\": [], \"classes\": [], \"basings\": [], \"categories\": [], \"statuses\": []},",
            "  \"selection\": {},",
            "  \"legend\": {\"corner\": \"topLeft\", \"collapsed\": false}",
            "}");

    /** The valid file with line {@code n} (1-based) replaced. */
    static String withLine(int n, String line) {
        List<String> lines = new ArrayList<>(VALID);
        lines.set(n - 1, line);
        return String.join("\n", lines) + "\n";
    }

    private static List<DatasetProblem> problems(String text) {
        DatasetException e = catchThrowableOfType(() -> ViewStateJson.read(text, FILE), DatasetException.class);
        assertThat(e).as("the text should be refused").isNotNull();
        assertThat(e.getMessage()).startsWith("The view state could not be read: ");
        return e.problems();
    }

    private static DatasetProblem theProblem(String text) {
        List<DatasetProblem> p = problems(text);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    private static void assertLocated(DatasetProblem p, int line, int column, String path) {
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(List.of(p.line(), p.column())).as(p.format()).containsExactly(line, column);
        assertThat(p.jsonPath()).as(p.format()).isEqualTo(path);
        assertThat(p.recordId()).isNull();
    }

    // ---- round trips --------------------------------------------------------------------------

    @Test
    void theValidExampleReadsAsTheStateItDescribes() {
        ViewState s = ViewStateJson.read(String.join("\n", VALID), FILE);
        assertThat(s).isEqualTo(ViewState.initial()
                .withProjection(new ProjectionChoice(ProjectionKind.MERCATOR, new GeoPoint(30, 70)))
                .withFrame(MapFrame.fitted(FitRegion.WORLD))
                .withShown("shaheen-3", true).withShown("agni-5", true)
                .withLaunchPoint("PAK", new GeoPoint(24.86, 67.01))
                .withLegend(new LegendLayout(LegendCorner.TOP_LEFT, false)));
    }

    @Test
    void theInitialStateSurvivesWritingAndReading() {
        String text = ViewStateJson.write(ViewState.initial());
        assertThat(text).startsWith("{\n  \"format\": \"view-state\",\n  \"version\": 1,\n").endsWith("}\n");
        assertThat(ViewStateJson.read(text, FILE)).isEqualTo(ViewState.initial());
    }

    @Test
    void aStateWithEveryFieldSetSurvivesWritingAndReading() {
        ViewState s = ViewState.initial()
                .withProjection(new ProjectionChoice(ProjectionKind.ORTHOGRAPHIC, new GeoPoint(-12.5, 179.99)))
                .withFrame(MapFrame.at(new GeoPoint(28.61, 77.21), 1234.5))
                .withShown("agni-5", true).withShown("babur", true)
                .withLaunchPoint("IND", new GeoPoint(19.08, 72.88)).withLaunchPoint("PAK", new GeoPoint(-90, -180))
                .withRings(new RingOptions(false, true, true, true))
                .withTime(new TimeSettings(1998, 2024))
                .withFilters(new Filters("Ag ni", Set.of("IND", "PAK"), EnumSet.allOf(RangeClass.class),
                        EnumSet.allOf(Basing.class), EnumSet.allOf(Category.class), Set.of("operational", "in development"),
                        Set.of("IRBM", "SLBM")))
                .withSelection(new Selection("agni-5", "IND", "new-delhi"))
                .withMeasurement(new Measurement(new GeoPoint(90, 180), new GeoPoint(0, -0.000001)))
                .withLegend(new LegendLayout(LegendCorner.TOP_RIGHT, true));
        String text = ViewStateJson.write(s);
        assertThat(ViewStateJson.read(text, FILE)).isEqualTo(s);
        assertThat(ViewStateJson.write(ViewStateJson.read(text, FILE))).isEqualTo(text);
        assertThat(text).contains("\"kind\": \"orthographic\"", "\"hypersonicGlide\"", "\"icbm\"", "\"submarine\"",
                "\"corner\": \"topRight\"", "\"claimedClasses\": [\n      \"IRBM\",\n      \"SLBM\"\n    ]");
    }

    @Test
    void aFileWrittenBeforeClaimedClassesExistedIsReadWithNoFilterOnThem() {
        ViewState s = ViewStateJson.read(ViewStateJson.write(ViewState.initial()), FILE);
        assertThat(ViewStateJson.write(ViewState.initial())).doesNotContain("claimedClasses");
        assertThat(s.filters().claimedClasses()).isEmpty();
    }

    @Test
    void aFittedFrameWithACentreSurvivesWritingAndReading() {
        ViewState s = ViewState.initial().withFrame(new MapFrame(FitRegion.WORLD, new GeoPoint(10, 20), 0));
        assertThat(ViewStateJson.read(ViewStateJson.write(s), FILE)).isEqualTo(s);
    }

    @Test
    void twoHundredSeededRandomStatesSurviveWritingAndReading() {
        Random random = new Random(20261204L);
        for (int i = 0; i < 200; i++) {
            ViewState s = randomState(random);
            String text = ViewStateJson.write(s);
            assertThat(ViewStateJson.read(text, FILE)).as("case %d:%n%s", i, text).isEqualTo(s);
        }
    }

    @Test
    void aFileWrittenToDiskIsReadBackByPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lecture-1.json");
        ViewState s = ViewState.initial().withShown("shaheen-3", true);
        Files.writeString(file, ViewStateJson.write(s), StandardCharsets.UTF_8);
        assertThat(ViewStateJson.read(file)).isEqualTo(s);
    }

    @Test
    void aMissingFileIsOneProblemWithTheWholeFile(@TempDir Path dir) {
        DatasetException e = catchThrowableOfType(() -> ViewStateJson.read(dir.resolve("gone.json")), DatasetException.class);
        assertThat(e.problems()).containsExactly(DatasetProblem.ofFile("gone.json", "the file does not exist"));
    }

    static ViewState randomState(Random r) {
        ProjectionChoice projection = new ProjectionChoice(pick(r, ProjectionKind.values()), randomPoint(r));
        MapFrame frame = switch (r.nextInt(3)) {
            case 0 -> MapFrame.fitted(pick(r, FitRegion.values()));
            case 1 -> new MapFrame(pick(r, FitRegion.values()), randomPoint(r), 0);
            default -> MapFrame.at(randomPoint(r), Math.exp(r.nextDouble() * 20 - 5));
        };
        List<String> shown = new ArrayList<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            String id = "system-" + r.nextInt(40);
            if (!shown.contains(id)) {
                shown.add(id);
            }
        }
        Map<String, GeoPoint> moved = new LinkedHashMap<>();
        for (String country : List.of("PAK", "IND", "CHN")) {
            if (r.nextBoolean()) {
                moved.put(country, randomPoint(r));
            }
        }
        RingOptions rings = new RingOptions(r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        TimeSettings time = new TimeSettings(r.nextBoolean() ? null : 1900 + r.nextInt(201),
                r.nextBoolean() ? null : 1900 + r.nextInt(201));
        Filters filters = new Filters(r.nextBoolean() ? "" : "word \"" + r.nextInt(100) + "\" \u00e9\\",
                subset(r, List.of("PAK", "IND", "CHN")), subset(r, List.of(RangeClass.values())),
                subset(r, List.of(Basing.values())), subset(r, List.of(Category.values())),
                subset(r, List.of("operational", "in development", "retired")),
                subset(r, List.of("IRBM", "SLBM", "medium range")));
        Selection selection = new Selection(r.nextBoolean() ? null : "system-" + r.nextInt(40),
                r.nextBoolean() ? null : "PAK", r.nextBoolean() ? null : "place-" + r.nextInt(50));
        Measurement measurement = r.nextBoolean() ? null : new Measurement(randomPoint(r), randomPoint(r));
        LegendLayout legend = new LegendLayout(pick(r, LegendCorner.values()), r.nextBoolean());
        return new ViewState(projection, frame, shown, moved, rings, time, filters, selection, measurement, legend);
    }

    private static GeoPoint randomPoint(Random r) {
        return new GeoPoint(r.nextDouble() * 180 - 90, r.nextDouble() * 360 - 180);
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> Set<T> subset(Random r, List<T> values) {
        Set<T> out = new HashSet<>();
        for (T v : values) {
            if (r.nextInt(3) == 0) {
                out.add(v);
            }
        }
        return out;
    }

    @Test
    void theExampleInTheFormatDocumentIsWhatWritingItsStateGives() throws IOException {
        String doc = Files.readString(Path.of("docs", "data-format.md"), StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("# View state (scene) files"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        String example = section.substring(start, section.indexOf("```", start));
        ViewState described = ViewState.initial().withShown("shaheen-3", true).withShown("agni-5", true)
                .withLaunchPoint("PAK", new GeoPoint(24.86, 67.01));
        assertThat(example).isEqualTo(ViewStateJson.write(described));
        assertThat(ViewStateJson.read(example, FILE)).isEqualTo(described);
    }

    // ---- refusals, each located ---------------------------------------------------------------

    @Test
    void textThatIsNotJsonIsRefusedWhereItStarts() {
        DatasetProblem p = theProblem("{\n  \"format\": view-state\n}\n");
        assertLocated(p, 2, 13, "$.format");
        assertThat(p.message()).contains("is not a JSON value");
    }

    @Test
    void aTruncatedFileIsRefusedAtItsEnd() {
        DatasetProblem p = theProblem("{\n  \"format\": \"view-state\",\n  \"rings\": {\"bands\": true");
        assertLocated(p, 3, 26, "$");
        assertThat(p.message()).isEqualTo("the file ends before the JSON data is complete: a closing }, ] or \" is missing");
    }

    @Test
    void anEmptyFileSaysWhatAViewStateLooksLike() {
        DatasetProblem p = theProblem("");
        assertLocated(p, 1, 1, "$");
        assertThat(p.message()).isEqualTo(
                "the file is empty; it must hold one JSON object, e.g. { \"format\": \"view-state\", \"version\": 1, ... }");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedAtTheValue() {
        DatasetProblem p = theProblem(withLine(8,
                "  \"rings\": {\"bands\": \"yes\", \"claimRings\": false, \"envelopes\": false, \"naive\": false},"));
        assertLocated(p, 8, 22, "$.rings.bands");
        assertThat(p.message()).isEqualTo("this should be true or false, but it is a text");
    }

    @Test
    void aMissingRequiredKeyIsRefusedAtItsObject() {
        DatasetProblem p = theProblem(withLine(8, "  \"rings\": {\"bands\": true, \"claimRings\": false, \"envelopes\": false},"));
        assertLocated(p, 8, 12, "$.rings");
        assertThat(p.message()).isEqualTo("the required key 'naive' is missing");
    }

    @Test
    void aMissingTopLevelKeyIsRefusedAtTheTopOfTheFile() {
        DatasetProblem p = theProblem(withLine(9, ""));
        assertLocated(p, 1, 1, "$");
        assertThat(p.message()).isEqualTo("the required key 'time' is missing at the top of the file");
    }

    @Test
    void anUnknownKeyIsRefusedAtTheKey() {
        DatasetProblem p = theProblem(withLine(12, "  \"legend\": {\"corner\": \"topLeft\", \"collapsed\": false, \"colour\": \"red\"}"));
        assertLocated(p, 12, 55, "$.legend.colour");
        assertThat(p.message()).isEqualTo("'colour' is not a key the view-state format knows here (known: corner, collapsed); "
                + "check the spelling");
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesThatAreKnown() {
        DatasetProblem p = theProblem(withLine(4,
                "  \"projection\": {\"kind\": \"robinson\", \"centre\": {\"latDeg\": 30, \"lonDeg\": 70}},"));
        assertLocated(p, 4, 26, "$.projection.kind");
        assertThat(p.message()).isEqualTo("'robinson' is not one of: equirectangular, mercator, azimuthalEquidistant, "
                + "orthographic, lambertConformalConic");
    }

    @Test
    void anUnknownBasingInAFilterIsRefusedAtItsPlaceInTheList() {
        DatasetProblem p = theProblem(withLine(10, "  \"filters\": {\"search\": \"\", \"countries\": [], \"classes\": [], "
                + "\"basings\": [\"land\", \"space\"], \"categories\": [], \"statuses\": []},"));
        assertLocated(p, 10, 81, "$.filters.basings[1]");
        assertThat(p.message()).isEqualTo("'space' is not one of: land, sea, submarine, air");
    }

    @Test
    void aLatitudeBeyondThePoleIsRefusedAtTheLatitude() {
        DatasetProblem p = theProblem(withLine(4,
                "  \"projection\": {\"kind\": \"mercator\", \"centre\": {\"latDeg\": 95, \"lonDeg\": 70}},"));
        assertLocated(p, 4, 59, "$.projection.centre.latDeg");
        assertThat(p.message()).isEqualTo("latDeg must be in [-90, 90] degrees, was 95");
    }

    @Test
    void aLongitudeBeyondTheAntimeridianIsRefusedAtTheLongitude() {
        DatasetProblem p = theProblem(withLine(7, "  \"movedLaunchPoints\": {\"PAK\": {\"latDeg\": 24.86, \"lonDeg\": 190.5}},"));
        assertLocated(p, 7, 60, "$.movedLaunchPoints.PAK.lonDeg");
        assertThat(p.message()).isEqualTo("lonDeg must be in [-180, 180] degrees, was 190.5");
    }

    @Test
    void anotherVersionIsRefusedSayingWhichOneIsSupported() {
        DatasetProblem p = theProblem(withLine(3, "  \"version\": 2,"));
        assertLocated(p, 3, 14, "$.version");
        assertThat(p.message()).isEqualTo("version 2 is not supported: this program reads view-state format version 1 only");
    }

    @Test
    void anotherKindOfFileIsRefusedByItsFormat() {
        DatasetProblem p = theProblem(withLine(2, "  \"format\": \"lecture\","));
        assertLocated(p, 2, 13, "$.format");
        assertThat(p.message()).isEqualTo("'lecture' is not a view state: format must be 'view-state'");
    }

    @Test
    void aNegativeScaleIsRefusedAtTheScale() {
        DatasetProblem p = theProblem(withLine(5,
                "  \"frame\": {\"centre\": {\"latDeg\": 30, \"lonDeg\": 70}, \"metresPerPixel\": -5},"));
        assertLocated(p, 5, 71, "$.frame.metresPerPixel");
        assertThat(p.message()).isEqualTo("metresPerPixel must be more than 0 (projected metres per pixel), was -5");
    }

    @Test
    void aFrameWithNeitherARegionNorAScaleIsRefusedAtTheFrame() {
        DatasetProblem p = theProblem(withLine(5, "  \"frame\": {\"centre\": {\"latDeg\": 30, \"lonDeg\": 70}},"));
        assertLocated(p, 5, 12, "$.frame");
        assertThat(p.message()).startsWith("the frame needs either 'fit'");
    }

    @Test
    void aSystemShownTwiceIsRefusedAtItsSecondMention() {
        DatasetProblem p = theProblem(withLine(6, "  \"shownSystems\": [\"shaheen-3\", \"agni-5\", \"shaheen-3\"],"));
        assertLocated(p, 6, 43, "$.shownSystems[2]");
        assertThat(p.message()).isEqualTo("the system 'shaheen-3' is shown twice (also at $.shownSystems[0]); name each system once");
    }

    @Test
    void aYearOutsideThePlausibleSpanIsRefusedAtTheYear() {
        DatasetProblem p = theProblem(withLine(9, "  \"time\": {\"year\": 1850},"));
        assertLocated(p, 9, 20, "$.time.year");
        assertThat(p.message()).isEqualTo("year must be a year from 1900 to 2100, was 1850 (leave it out for no limit)");
    }

    @Test
    void nullIsNoWayToLeaveAnOptionalValueOut() {
        DatasetProblem p = theProblem(withLine(11, "  \"selection\": {\"systemId\": null},"));
        assertLocated(p, 11, 29, "$.selection.systemId");
        assertThat(p.message()).isEqualTo("this should be a text in double quotes, but it is null (leave an optional key out instead)");
    }

    @Test
    void everyProblemOfAFileIsListedInLineOrder() {
        String text = withLine(12, "  \"legend\": {\"corner\": \"middle\", \"collapsed\": 0}")
                .replace("\"latDeg\": 30", "\"latDeg\": -91");
        List<DatasetProblem> p = problems(text);
        assertThat(p).extracting(DatasetProblem::jsonPath)
                .containsExactly("$.projection.centre.latDeg", "$.legend.corner", "$.legend.collapsed");
        assertThat(p).extracting(DatasetProblem::line).containsExactly(4, 12, 12);
    }

    @Test
    void aDuplicateKeyIsRefusedByTheParserAtTheKey() {
        DatasetProblem p = theProblem(withLine(3, "  \"version\": 1, \"version\": 1,"));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("the key 'version' appears twice in the same object; keep one");
    }

    @Test
    void theProblemsLineSaysFileLineColumnAndPath() {
        DatasetProblem p = theProblem(withLine(3, "  \"version\": 2,"));
        assertThat(p.format()).isEqualTo(
                "scene.json:3:14: $.version: version 2 is not supported: this program reads view-state format version 1 only");
        assertThatThrownBy(() -> ViewStateJson.read(withLine(3, "  \"version\": 2,"), FILE))
                .hasMessageContaining("scene.json:3:14: $.version");
    }
}
