package org.balanceexplorer.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.geo.Equirectangular;
import org.balanceexplorer.geo.Projections;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.map.Marker;
import org.balanceexplorer.map.Palette;
import org.balanceexplorer.map.RingOverlay;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.Figure;
import org.balanceexplorer.model.Place;
import org.balanceexplorer.model.PlaceKind;
import org.balanceexplorer.model.WeaponSystem;
import org.balanceexplorer.ui.claims.ClaimsPanel;
import org.balanceexplorer.ui.systems.SystemsPanel;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: the map with its legend, the side panel (systems above, claims
 * below), a tool bar and a status bar with the attribution. It only wires views to the
 * {@link ExplorerViewModel}.
 */
public final class MainWindow extends BorderPane {

    public static final String ATTRIBUTION = "Basemap: Natural Earth (public domain), de facto boundaries \u00b7 "
            + "Places: GeoNames (CC BY 4.0) \u00b7 Every figure is a claim: see the side panel";

    private final ExplorerViewModel model;
    private final MapView map;
    private final VBox legendRings = new VBox(3);
    private java.util.Map<RingResults.ComputedRing, RingOverlay> overlayByRing = new java.util.IdentityHashMap<>();
    private final java.util.Map<String, Label> legendEntries = new java.util.HashMap<>();
    private final java.util.Map<String, Label> legendHeadings = new java.util.HashMap<>();
    private final java.util.Map<String, javafx.scene.layout.FlowPane> legendFlows = new java.util.HashMap<>();
    private final java.util.Map<String, Label> legendMoreOf = new java.util.HashMap<>();
    private final Label legendMore = new Label("Rings are labelled on the map where there is room, and named when the pointer rests "
            + "on them; the systems list ticks each one shown.");
    private final Label legendDisputed = new Label("\u26a0 claims differ: the side panel lists each claim");
    private final Label legendBand = new Label("band: lowest to highest claimed range");
    private final javafx.scene.control.ComboBox<Projections.Kind> projections =
            new javafx.scene.control.ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                    Projections.Kind.values()));

    /**
     * @param model       the explorer state
     * @param coarse      the world basemap (1:110m)
     * @param disputed    lines drawn in the disputed style, derived from the basemap
     * @param openAddress opens an http(s) address in the browser
     */
    public MainWindow(ExplorerViewModel model, Basemap coarse, List<DisputedLine> disputed,
                      Consumer<String> openAddress) {
        this.model = model;
        getStyleClass().add("main-window");
        map = new MapView(Equirectangular.greenwich());
        map.setId("map");
        map.setBasemaps(coarse, null);
        map.setDisputedLines(disputed.stream().map(l -> (org.locationtech.jts.geom.Geometry) l.geometry()).toList());
        Set<String> tinted = new HashSet<>();
        for (Country c : model.dataset().countries()) {
            if (!model.dataset().systemsOf(c.id()).isEmpty()) {
                tinted.add(c.name());
            }
        }
        map.setTintedCountries(tinted);
        map.setOnMarkerClicked(m -> {
            if (model.dataset().country(m.countryId()).isPresent()) {
                model.selectCountry(m.countryId());
            }
        });
        map.setOnLaunchPointMoved((country, to, released) -> {
            model.moveLaunchPoint(country, to, !released);
            if (released && projections.getValue() == Projections.Kind.AZIMUTHAL_EQUIDISTANT
                    && country.equals(focusCountry())) {
                switchProjection(Projections.Kind.AZIMUTHAL_EQUIDISTANT);
            }
        });
        map.setOnMeasure(points -> model.measure(points[0], points[1]));
        model.measurementProperty().addListener((o, a, path) -> map.setMeasurement(path));
        map.measuringProperty().addListener((o, a, on) -> {
            if (!on) {
                model.clearMeasurement();
            }
        });

        SystemsPanel systems = new SystemsPanel(model);
        ClaimsPanel claims = new ClaimsPanel(model, openAddress);
        SplitPane side = new SplitPane(systems, claims);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.42);
        side.setMinWidth(300);
        side.setPrefWidth(420);

        Region legend = legend(!disputed.isEmpty());
        StackPane mapStack = new StackPane(map, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        // Labels keep clear of the legend, which floats over the bottom-left corner (the sea, in the South Asia view).
        map.setReservedAreas(() -> List.of(map.parentToLocal(legend.getBoundsInParent())));
        legend.boundsInParentProperty().addListener((o, a, b) -> map.setReservedAreas(
                () -> List.of(map.parentToLocal(legend.getBoundsInParent()))));
        SplitPane centre = new SplitPane(mapStack, side);
        centre.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(side, false);
        setCenter(centre);
        setTop(toolBar());
        setBottom(statusBar());

        model.ringsProperty().addListener((o, a, r) -> showRings(r));
        showRings(model.ringsProperty().get());
        // Once the opening view is drawn, prepare the other projections in the background; then
        // again whenever the view or a launch point has settled, for the globe centred on the new
        // view and the azimuthal view centred on the launch point.
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        later.setOnFinished(e -> {
            prepareProjections();
            map.viewportProperty().addListener((o, a, b) -> settled.playFromStart());
            model.ringsProperty().addListener((o, a, r) -> {
                if (!r.preview()) {
                    settled.playFromStart();
                }
            });
        });
        later.play();
        settled.setOnFinished(e -> prepareProjections());
    }

    /**
     * Restarted by every change of the view or of a launch point; when it runs out, projections are
     * prepared. Shorter than a hand takes to open the projection menu and choose from it, so that
     * the globe centred on a view just reached is ready when it is asked for; only what the move
     * changed is prepared again (the globe, or the azimuthal view of a moved launch point), on a
     * thread of its own.
     */
    private final javafx.animation.PauseTransition settled =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));

    public MapView map() {
        return map;
    }

    /** Hands over the finer basemap (1:50m), read after the window opened, and the disputed lines derived from it. */
    public void setFineBasemap(Basemap fine, List<DisputedLine> finer) {
        map.setFineBasemap(fine);
        if (!finer.isEmpty()) {
            map.setDisputedLines(finer.stream().map(l -> (org.locationtech.jts.geom.Geometry) l.geometry()).toList());
        }
    }

    private ToolBar toolBar() {
        Button southAsia = new Button("Fit South Asia");
        southAsia.setTooltip(new Tooltip("Show South Asia and its neighbours (key 0 on the map)"));
        southAsia.setOnAction(e -> map.fit(MapView.SOUTH_ASIA));
        southAsia.setId("fit-south-asia");
        Button world = new Button("Fit world");
        world.setId("fit-world");
        world.setOnAction(e -> map.fitWorld());

        projections.setId("projection");
        projections.setValue(Projections.Kind.EQUIRECTANGULAR);
        projections.setAccessibleText("Map projection");
        projections.setTooltip(new Tooltip("Map projection. Azimuthal equidistant is centred on the selected "
                + "system's launch point: its rings are true circles. Drag the orthographic globe to turn it."));
        projections.valueProperty().addListener((o, a, kind) -> switchProjection(kind));

        ToggleButton measure = new ToggleButton("Measure");
        measure.setId("measure-tool");
        measure.setTooltip(new Tooltip("Click two points for the geodesic distance and initial bearing; Esc clears"));
        measure.selectedProperty().bindBidirectional(map.measuringProperty());

        CheckBox bands = new CheckBox("Claim bands");
        bands.setId("show-bands");
        bands.setTooltip(new Tooltip("Shade from the lowest to the highest claimed range of each shown system"));
        bands.selectedProperty().bindBidirectional(model.showBandsProperty());
        CheckBox perClaim = new CheckBox("Ring per claim");
        perClaim.setId("show-claim-rings");
        perClaim.setTooltip(new Tooltip("Draw one thin ring for each distinct claimed range, labelled with who claims it"));
        perClaim.selectedProperty().bindBidirectional(model.showClaimRingsProperty());

        CheckBox envelopes = new CheckBox("From whole territory");
        envelopes.setId("show-envelopes");
        envelopes.setTooltip(new Tooltip("Also shade the area within range of anywhere in the country's territory "
                + "(its envelope), not only of the launch point; computed to within 5 km"));
        envelopes.selectedProperty().bindBidirectional(model.showEnvelopesProperty());

        CheckBox naive = new CheckBox("Naive circle");
        naive.setId("show-naive");
        naive.setTooltip(new Tooltip("Teaching overlay: the flat circle of the same radius drawn in plain degrees "
                + "(as if 1\u00b0 were 111 km everywhere), dashed grey, beside the true geodesic ring"));
        naive.selectedProperty().bindBidirectional(model.showNaiveProperty());

        Button reset = new Button("Reset launch points");
        reset.setId("reset-launch-points");
        reset.setTooltip(new Tooltip("Put every launch point back on its country's representative point (the capital)"));
        reset.setOnAction(e -> model.resetLaunchPoints());

        // The keyboard's way to what the map does with a pointer (moving a launch point, measuring).
        javafx.scene.control.MenuItem moveItem = new javafx.scene.control.MenuItem("Move a launch point\u2026");
        moveItem.setId("move-launch-point");
        moveItem.setOnAction(e -> PointDialogs.moveLaunchPoint(model, focusCountry(), getScene().getWindow()));
        javafx.scene.control.MenuItem measureItem = new javafx.scene.control.MenuItem("Measure between two points\u2026");
        measureItem.setId("measure-between");
        measureItem.setOnAction(e -> PointDialogs.measureBetween(model, getScene().getWindow()));
        javafx.scene.control.MenuButton points = new javafx.scene.control.MenuButton("Points", null, moveItem, measureItem);
        points.setId("points-menu");
        points.setTooltip(new Tooltip("Move a launch point to a place or to typed coordinates; measure between two "
                + "named points (both without a pointer)"));

        return new ToolBar(southAsia, world, projections, new Separator(Orientation.VERTICAL), measure, points, reset,
                new Separator(Orientation.VERTICAL), bands, perClaim, envelopes, naive);
    }

    /**
     * Switches the map's projection. The azimuthal equidistant view is centred on the launch point
     * of the selected system's country (else of the first shown system's, else Pakistan's); the
     * globe on the place now in the middle of the view.
     */
    private void switchProjection(Projections.Kind kind) {
        if (kind != null) {
            map.setProjection(projectionFor(kind));
        }
    }

    /**
     * The projection of a kind as the menu gives it: the azimuthal view centred on the launch point
     * in focus, the globe on the middle of the view (whole degrees), the others as they are.
     */
    private org.balanceexplorer.geo.Projection projectionFor(Projections.Kind kind) {
        GeoPoint centre = switch (kind) {
            case AZIMUTHAL_EQUIDISTANT -> model.launchPoint(focusCountry());
            case ORTHOGRAPHIC -> {
                var v = map.getViewport();
                GeoPoint mid = v == null ? null : map.toGeographic(v.width() / 2, v.height() / 2);
                yield wholeDegrees(mid != null ? mid : model.launchPoint(focusCountry()));
            }
            default -> new GeoPoint(0, 0);
        };
        return Projections.create(kind, centre);
    }

    /**
     * Selects a projection by its constant name (e.g. "ORTHOGRAPHIC"), as the projection menu
     * does; unknown names are ignored.
     */
    public void selectProjection(String kindName) {
        for (Projections.Kind k : Projections.Kind.values()) {
            if (k.name().equalsIgnoreCase(kindName.strip())) {
                projections.setValue(k);
            }
        }
    }

    /**
     * A globe centred on whole degrees: indistinguishable on screen, and the globe drawn for the
     * opening view can be prepared in advance and reused.
     */
    private static GeoPoint wholeDegrees(GeoPoint p) {
        return GeoPoint.wrapped(Math.max(-89, Math.min(89, Math.round(p.latDeg()))), Math.round(p.lonDeg()));
    }

    /** Prepares, in the background, the projections the menu offers for the view as it is. */
    private void prepareProjections() {
        List<org.balanceexplorer.geo.Projection> likely = new ArrayList<>();
        for (Projections.Kind k : Projections.Kind.values()) {
            likely.add(projectionFor(k));
        }
        map.prepare(likely);
    }

    /** The country whose launch point centres an azimuthal view. */
    private String focusCountry() {
        WeaponSystem selected = model.selectedSystemProperty().get();
        if (selected != null) {
            return selected.country();
        }
        for (String id : model.shownSystems()) {
            return model.dataset().system(id).map(WeaponSystem::country).orElse("PAK");
        }
        return model.dataset().countries().stream().filter(c -> !model.dataset().systemsOf(c.id()).isEmpty())
                .map(Country::id).findFirst().orElseThrow();
    }

    /** How long a computation runs before the status bar shows it as busy. */
    static final javafx.util.Duration BUSY_DELAY = javafx.util.Duration.millis(250);

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var m = model.measurementProperty().get();
            String status = model.statusProperty().get();
            return m == null ? status : MapView.measureText(m) + (status.isEmpty() ? "" : " \u00b7 " + status);
        }, model.measurementProperty(), model.statusProperty()));
        // Busy only when the work lasts: rings for a drag step come back within a frame or two, and
        // an indicator switched on and off at every step flickers (and costs a repaint each time).
        javafx.animation.PauseTransition busy = new javafx.animation.PauseTransition(BUSY_DELAY);
        busy.setOnFinished(e -> bar.setProgress(-1));
        model.computingProperty().addListener((o, was, on) -> {
            if (on) {
                busy.playFromStart();
            } else {
                busy.stop();
                bar.setProgress(0);
            }
        });
        if (model.computingProperty().get()) {
            busy.playFromStart();
        }
        Label attribution = new Label(ATTRIBUTION);
        attribution.setId("attribution");
        attribution.getStyleClass().add(Styles.MUTED);
        bar.getRightItems().add(attribution);
        return bar;
    }

    private Region legend(boolean showsDisputedLines) {
        VBox box = new VBox(4);
        box.getStyleClass().add(Styles.LEGEND);
        box.setId("legend");
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        // Never taller than the map it floats over (on a small window it is cut at the top rather
        // than pushing the window's toolbar and status bar out of sight).
        box.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(box.widthProperty());
        clip.heightProperty().bind(box.heightProperty());
        box.setClip(clip);
        box.setPadding(new Insets(8));
        box.setMouseTransparent(true);
        // Drawn from a cached image while it does not change: it floats over the map, which is
        // repainted at every step of a drag, and its text is costly to rasterise in software.
        box.setCache(true);
        box.setCacheHint(javafx.scene.CacheHint.QUALITY);
        Label title = new Label("Legend");
        title.getStyleClass().add("legend-title");
        Polygon diamond = new Polygon(6, 0, 12, 6, 6, 12, 0, 6);
        diamond.getStyleClass().add("legend-representative");
        Label rep = new Label("launch point: the capital (representative point, not a launch site) or "
                + "where you drag it", diamond);
        rep.setWrapText(true);
        rep.setMaxWidth(LEGEND_WIDTH);
        Rectangle capital = new Rectangle(9, 9);
        capital.getStyleClass().add("legend-capital");
        Label cap = new Label("place \u00b7 filled orange when inside a shown ring", capital);
        Rectangle band = new Rectangle(14, 9);
        band.getStyleClass().add("legend-band");
        legendBand.setGraphic(band);
        legendBand.visibleProperty().bind(model.showBandsProperty());
        legendBand.managedProperty().bind(legendBand.visibleProperty());
        Line claimLine = new Line(0, 0, 16, 0);
        claimLine.getStyleClass().add("legend-claim-ring");
        Label claimEntry = new Label("one ring per claimed range, labelled with who claims it", claimLine);
        claimEntry.visibleProperty().bind(model.showClaimRingsProperty());
        claimEntry.managedProperty().bind(claimEntry.visibleProperty());
        Rectangle envelopeSwatch = new Rectangle(14, 9);
        envelopeSwatch.getStyleClass().add("legend-envelope");
        Label envelopeEntry = new Label("within range of anywhere in the territory (to 5 km)", envelopeSwatch);
        envelopeEntry.visibleProperty().bind(model.showEnvelopesProperty());
        envelopeEntry.managedProperty().bind(envelopeEntry.visibleProperty());
        Line naiveLine = new Line(0, 0, 16, 0);
        naiveLine.getStyleClass().add("legend-naive");
        Label naiveEntry = new Label("naive flat circle: the mistake, not a range", naiveLine);
        naiveEntry.visibleProperty().bind(model.showNaiveProperty());
        naiveEntry.managedProperty().bind(naiveEntry.visibleProperty());
        Line disputedLine = new Line(0, 0, 16, 0);
        disputedLine.getStyleClass().add("legend-disputed");
        Label disputedEntry = new Label("disputed line (India\u2013China; Jammu and Kashmir; Siachen)", disputedLine);
        disputedEntry.setVisible(showsDisputedLines);
        disputedEntry.setManaged(showsDisputedLines);
        Label note = new Label("Rings: geodesic on WGS 84, at each system's headline range. Boundaries: Natural Earth's "
                + "de facto lines (lines of actual control), not any government's claim.");
        note.setWrapText(true);
        note.setMaxWidth(LEGEND_WIDTH);
        note.getStyleClass().add(Styles.MUTED);
        legendMore.setWrapText(true);
        legendMore.setMaxWidth(LEGEND_WIDTH);
        legendMore.getStyleClass().add(Styles.MUTED);
        legendMore.setId("legend-more");
        legendDisputed.getStyleClass().add(Styles.MUTED);
        box.getChildren().addAll(title, legendRings, legendBand, claimEntry, envelopeEntry, naiveEntry, rep, cap,
                disputedEntry, note);
        return box;
    }

    private void showRings(RingResults r) {
        List<RingOverlay> overlays = new ArrayList<>();
        // Legend entries grouped by where their rings are drawn from, in the order shown.
        java.util.Map<String, List<Label>> byLaunchPoint = new java.util.LinkedHashMap<>();
        java.util.Map<RingResults.ComputedRing, RingOverlay> previous = overlayByRing;
        overlayByRing = new java.util.IdentityHashMap<>();
        for (RingResults.ComputedRing c : r.rings()) {
            WeaponSystem s = c.system();
            Figure range = s.range();
            String label = s.name() + " " + range.displayHeadline();
            String details = s.name() + ": " + range.displayHeadline() + " (headline)\n"
                    + range.claims().size() + (range.claims().size() == 1 ? " claim" : " claims") + " from "
                    + range.claimantCount() + (range.claimantCount() == 1 ? " claimant" : " claimants")
                    + (range.disputed() ? ", which disagree" : "") + "\nfrom " + c.launchLabel();
            List<RingOverlay.ClaimRingOverlay> claimRings = c.claimRings().stream()
                    .map(cr -> new RingOverlay.ClaimRingOverlay(
                            new org.balanceexplorer.model.ClaimValue.Amount(cr.rangeKm()).display() + " km: "
                                    + abbreviate(cr.claimants()), cr.geographic()))
                    .toList();
            // The same computed ring keeps the same overlay, so the map does not project it again.
            RingOverlay overlay = previous.get(c);
            if (overlay == null) {
                overlay = new RingOverlay(s.id(), label, details, c.colourIndex(), c.ring().geographic(), c.band(),
                        claimRings, c.naive(), c.envelope(), c.launchPoint());
            }
            overlayByRing.put(c, overlay);
            overlays.add(overlay);
            // A moved point is named by its country, not its coordinates, so that the legend does
            // not change at each step of a drag; two moved points stay two groups.
            String from = model.isLaunchPointMoved(s.country())
                    ? "a user-chosen point (" + model.dataset().country(s.country()).map(Country::name)
                            .orElse(s.country()) + ")"
                    : c.launchLabel();
            byLaunchPoint.computeIfAbsent("from " + from, k -> new ArrayList<>()).add(legendEntry(c, label));
        }
        legendEntries.keySet().retainAll(r.rings().stream().map(c -> c.system().id()).toList());
        updateLegendRings(byLaunchPoint, r.rings().stream().anyMatch(c -> c.system().range().disputed()));
        map.setRings(overlays);
        map.setMarkers(markers(r));
    }

    /**
     * A system's legend entry: its colour, name and headline range, and a warning sign when its
     * claims differ (as in the systems list). Entries are kept per system and only relabelled: while
     * a launch point is dragged this runs at every step, and new nodes would cost styling and layout
     * each time.
     */
    private Label legendEntry(RingResults.ComputedRing c, String label) {
        String text = label + (c.system().range().disputed() ? " \u26a0" : "");
        Label entry = legendEntries.computeIfAbsent(c.system().id(), id -> {
            Label l = new Label("", new Rectangle(14, 4, Palette.colour(c.colourIndex())));
            l.getStyleClass().add("legend-ring");
            return l;
        });
        if (!text.equals(entry.getText())) {
            entry.setText(text);
        }
        return entry;
    }

    /**
     * Lays out the legend's rings: under a heading per launch point, entries side by side, at most
     * {@value #LEGEND_MAX_RINGS} in all, shared between the launch points (at least three each);
     * each group cut short says how many more it has, and a line says that every ring is labelled
     * on the map. Forty entries one under the other covered half the map.
     */
    private void updateLegendRings(java.util.Map<String, List<Label>> byLaunchPoint, boolean anyDisputed) {
        List<javafx.scene.Node> rows = new ArrayList<>();
        int perGroup = Math.max(3, LEGEND_MAX_RINGS / Math.max(1, byLaunchPoint.size()));
        boolean cut = false;
        for (var group : byLaunchPoint.entrySet()) {
            Label heading = legendHeadings.computeIfAbsent(group.getKey(), k -> {
                Label h = new Label(k);
                h.getStyleClass().add("legend-group");
                return h;
            });
            List<Label> all = group.getValue();
            List<javafx.scene.Node> entries = new ArrayList<>(all.subList(0, Math.min(all.size(), perGroup)));
            if (all.size() > perGroup) {
                Label more = legendMoreOf.computeIfAbsent(group.getKey(), k -> {
                    Label m = new Label();
                    m.getStyleClass().add(Styles.MUTED);
                    return m;
                });
                more.setText("+ " + (all.size() - perGroup) + " more");
                entries.add(more);
                cut = true;
            }
            javafx.scene.layout.FlowPane flow = legendFlows.computeIfAbsent(group.getKey(), k -> {
                javafx.scene.layout.FlowPane f = new javafx.scene.layout.FlowPane(10, 2);
                f.setPrefWrapLength(LEGEND_WIDTH);
                return f;
            });
            if (!flow.getChildren().equals(entries)) {
                flow.getChildren().setAll(entries);
            }
            rows.add(heading);
            rows.add(flow);
        }
        legendHeadings.keySet().retainAll(byLaunchPoint.keySet());
        legendFlows.keySet().retainAll(byLaunchPoint.keySet());
        legendMoreOf.keySet().retainAll(byLaunchPoint.keySet());
        if (cut) {
            rows.add(legendMore);
        }
        if (anyDisputed) {
            rows.add(legendDisputed);
        }
        if (!rows.equals(legendRings.getChildren())) {
            legendRings.getChildren().setAll(rows);
        }
    }

    /** The most ring entries the legend lists. */
    static final int LEGEND_MAX_RINGS = 12;
    /** The width the legend's text wraps at. */
    private static final double LEGEND_WIDTH = 380;

    private static String abbreviate(String text) {
        return text.length() <= 48 ? text : text.substring(0, 45) + "\u2026";
    }

    private List<Marker> markers(RingResults r) {
        Dataset d = model.dataset();
        Set<String> launchPlaces = new HashSet<>();
        List<Marker> out = new ArrayList<>();
        for (Country c : d.countries()) {
            if (d.systemsOf(c.id()).isEmpty()) {
                continue;
            }
            if (!model.isLaunchPointMoved(c.id())) {
                launchPlaces.add(c.representativePoint());
            }
            out.add(new Marker("launch-" + c.id(), model.launchLabel(c.id()), model.launchPoint(c.id()),
                    Marker.Kind.LAUNCH_POINT, c.id(), false, c.name() + "'s launch point"));
        }
        for (Place p : d.places()) {
            if (launchPlaces.contains(p.id())) {
                continue;
            }
            Marker.Kind kind = p.kind() == PlaceKind.CAPITAL ? Marker.Kind.CAPITAL : Marker.Kind.CITY;
            out.add(new Marker(p.id(), p.name(), p.location(), kind, p.country(), r.placesWithin().contains(p.id()),
                    r.placeNotes().getOrDefault(p.id(), "")));
        }
        return out;
    }
}
