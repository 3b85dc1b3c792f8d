package org.balanceexplorer.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balanceexplorer.geo.Basemap;
import org.balanceexplorer.geo.DisputedLine;
import org.balanceexplorer.geo.Equirectangular;
import org.balanceexplorer.map.MapView;
import org.balanceexplorer.model.Country;
import org.balanceexplorer.state.ProjectionKind;
import javafx.scene.control.MenuItem;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.ui.settings.Appearance;
import org.balanceexplorer.ui.settings.SettingsMenus;
import org.balanceexplorer.ui.settings.SettingsViewModel;
import org.balanceexplorer.ui.access.FocusOrder;
import org.balanceexplorer.ui.access.InWordsPanel;
import org.balanceexplorer.ui.access.MapSummaryView;
import org.balanceexplorer.ui.checks.ClaimChecksPanel;
import org.balanceexplorer.ui.checks.ClaimChecksViewModel;
import org.balanceexplorer.ui.claims.ClaimsPanel;
import org.balanceexplorer.ui.export.ExportMenu;
import org.balanceexplorer.ui.help.ProblemReport;
import org.balanceexplorer.ui.present.Classroom;
import org.balanceexplorer.ui.reach.ReachPanel;
import org.balanceexplorer.ui.reach.ReachViewModel;
import org.balanceexplorer.ui.systems.SystemsPanel;
import org.balanceexplorer.ui.timeline.TimelineStrip;
import org.balanceexplorer.ui.timeline.TimelineViewModel;
import org.locationtech.jts.geom.Geometry;

/**
 * The main window's content: a menu bar, the map (with its legend), the side panel (systems above,
 * claims below), a tool bar and a status bar with the attribution. It only wires views to the
 * {@link ExplorerViewModel}; {@link MapPresenter} draws the map from the view state.
 */
public final class MainWindow extends BorderPane {

    /** The attribution in the status bar, in the chosen language (the sources' names stay as they are). */
    public static String attribution() {
        return I18n.text("app.attribution");
    }

    private final ExplorerViewModel model;
    private final MapView map;
    private final MapPresenter presenter;
    private final TabPane sideTabs;
    private final VBox mapArea;
    private final AppMenuBar menuBar;
    private final ExportMenu exports;
    private final Classroom classroom;
    private final FocusOrder focusOrder;
    /** The user's settings, once the app hands them over ({@link #useSettings}); null before. */
    private SettingsViewModel settings;

    /**
     * @param model       the explorer state
     * @param coarse      the world basemap (1:110m)
     * @param disputed    lines drawn in the disputed style, derived from the basemap
     * @param openAddress opens an http(s) address in the browser (and a folder's {@code file:} address)
     * @param logFile     the app's newest log file, for Help &gt; Report a problem (it may not exist)
     */
    public MainWindow(ExplorerViewModel model, Basemap coarse, List<DisputedLine> disputed,
                      Consumer<String> openAddress, Supplier<Path> logFile) {
        this.model = model;
        getStyleClass().add("main-window");
        String family = Fonts.family(I18n.language());
        if (family != null) {
            Fonts.load();
        }
        org.balanceexplorer.map.FxSurface.useFamily(family);
        map = new MapView(Equirectangular.greenwich());
        map.setWords(I18n.mapWords());
        map.setId("map");
        map.setBasemaps(coarse, null);
        map.setDisputedLines(lines(disputed));
        Set<String> tinted = new HashSet<>();
        for (Country c : model.dataset().countries()) {
            if (!model.dataset().systemsOf(c.id()).isEmpty()) {
                tinted.add(c.name());
            }
        }
        map.setTintedCountries(tinted);
        presenter = new MapPresenter(model, map, !disputed.isEmpty());

        Tab claims = new Tab(I18n.text("tab.claims"), new ClaimsPanel(model, openAddress));
        claims.setId("claims-tab");
        ClaimChecksViewModel checksModel = new ClaimChecksViewModel(model);
        // The tabs behind the first are built when first chosen: they were most of the window's nodes.
        Tab checks = new Tab(I18n.text("tab.checks"));
        LazyContent.of(checks, () -> new ClaimChecksPanel(checksModel));
        checks.setId("claim-checks-tab");
        checks.setOnSelectionChanged(e -> checksModel.setActive(checks.isSelected()));
        sideTabs = new TabPane(claims, checks);
        sideTabs.setId("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The reach tables: a tab of their own, the nearest points they measure from on the map,
        // and brought to the front when a place is chosen (on the map or in the tab).
        ReachViewModel reach = new ReachViewModel(model);
        Tab reachTab = new Tab(I18n.text("tab.reach"));
        LazyContent.of(reachTab, () -> new ReachPanel(reach));
        reachTab.setId("reach-tab");
        sideTabs.getTabs().add(reachTab);
        // What the map and the timeline draw, as lists (the legend, the events).
        Tab inWords = new Tab(I18n.text("tab.inWords"));
        LazyContent.of(inWords, () -> new InWordsPanel(model, presenter.legendProperty()));
        inWords.setId("in-words-tab");
        sideTabs.getTabs().add(inWords);
        sideTabs.setAccessibleText(I18n.text("tabs.accessible"));
        sideTabs.setAccessibleHelp(I18n.text("tabs.help"));
        reach.tablesProperty().addListener((o, was, t) -> presenter.setReferencePoints(
                ReachViewModel.referenceMarkers(t, model.dataset())));
        model.stateProperty().addListener((o, was, now) -> {
            String placeId = now.selection().placeId();
            if (placeId != null && !placeId.equals(was.selection().placeId())) {
                sideTabs.getSelectionModel().select(reachTab);
            }
        });
        SystemsPanel systems = new SystemsPanel(model);
        SplitPane side = new SplitPane(systems, sideTabs);
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.42);
        side.setMinWidth(300);
        side.setPrefWidth(420);
        // The map, and under it whatever strips follow time (the timeline).
        // Under the map, the map in words (the same computation as the reach tables); a screen
        // reader on the map reads it as the map's help.
        mapArea = new VBox(map, new MapSummaryView(reach.summaryProperty()));
        map.accessibleHelpProperty().bind(reach.summaryProperty());
        mapArea.setId("map-area");
        VBox.setVgrow(map, Priority.ALWAYS);
        // The year strip joins once the first frame is drawn; a stand-in of its size holds its place.
        TimelineViewModel timeline = new TimelineViewModel(model);
        Region standIn = TimelineStrip.standIn(timeline);
        mapArea.getChildren().add(standIn);
        afterFirstFrame(() -> {
            TimelineStrip strip = new TimelineStrip(timeline);
            // Hidden with the stand-in if presentation mode came first.
            strip.setVisible(standIn.isVisible());
            strip.setManaged(standIn.isManaged());
            mapArea.getChildren().set(mapArea.getChildren().indexOf(standIn), strip);
        });
        SplitPane centre = new SplitPane(mapArea, side);
        centre.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(side, false);
        setCenter(centre);
        menuBar = new AppMenuBar(I18n.text("app.title"), I18n.text("app.datasetVersion",
                model.dataset().info().name(), model.dataset().info().version()),
                new ProblemReport.Sources(logFile, () -> settings == null ? null : settings.get(), openAddress));
        ViewMenu.install(menuBar.view(), model, presenter::choose);
        MapToolBar tools = new MapToolBar(model, map, presenter::choose,
                () -> PointDialogs.moveLaunchPoint(model, model.focusCountry(), getScene().getWindow()),
                () -> PointDialogs.measureBetween(model, getScene().getWindow()));
        setTop(new VBox(menuBar, tools));
        setBottom(StatusLine.of(model));
        // Tab in reading order: the tool bar, the systems list (with its filters and search), the
        // map and what is under it, then the side panel's tabs; then anything else (the status bar).
        focusOrder = FocusOrder.install(this, List.of(tools, systems, mapArea, sideTabs));
        exports = new ExportMenu(model::state, map::getViewport, model.dataset(), coarse);
        menuBar.addBeforeQuit(exports.menu());
        mapArea.getChildren().add(exports.progressStrip());
        // Scenes, lectures and presentation mode: a Lecture tab, File and Lectures menu items, F5.
        classroom = Classroom.install(this, model);
    }

    /** The order Tab and Shift+Tab move the focus in. */
    public FocusOrder focusOrder() {
        return focusOrder;
    }

    /** Scenes, lectures and presentation mode. */
    public Classroom classroom() {
        return classroom;
    }

    private static List<Geometry> lines(List<DisputedLine> disputed) {
        return disputed.stream().map(l -> (Geometry) l.geometry()).toList();
    }

    public MapView map() {
        return map;
    }

    /** The menu bar: features add their items to File, View or Help. */
    public AppMenuBar menuBar() {
        return menuBar;
    }

    /** File &gt; Export. */
    public ExportMenu exports() {
        return exports;
    }

    /** The side panel's tabs under the systems list: "Claims" first; other panels add a tab each. */
    public TabPane sideTabs() {
        return sideTabs;
    }

    /**
     * Runs {@code then} once this window's first full frame, its map drawn, is on the screen: for
     * work the first frame does not show, so that it does not compete with drawing it.
     */
    public void afterFirstFrame(Runnable then) {
        FrameDrawn.after(() -> getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().isShowing() && !map.busyProperty().get(), then);
    }

    /** The map and the strips under it (e.g. the timeline): a strip is added after the map. */
    public VBox mapArea() {
        return mapArea;
    }

    /**
     * Takes the user's settings: theme, UI scale and ring palette in the View menu (the map follows
     * them), the dataset folder items in the File menu.
     */
    public void useSettings(SettingsViewModel settings, SettingsMenus.DatasetActions datasets) {
        this.settings = settings;
        SettingsMenus.installView(menuBar.view(), settings);
        menuBar.addBeforeQuit(SettingsMenus.fileItems(settings, datasets).toArray(MenuItem[]::new));
        Appearance.apply(map, settings.get());
        mapLook = (o, a, s) -> Appearance.apply(map, s);
        // Weak: the settings outlive a window replaced by another dataset's.
        settings.settingsProperty().addListener(new javafx.beans.value.WeakChangeListener<>(mapLook));
    }

    /** Applies the settings to the map; held here so that the settings' weak reference lives as long as this window. */
    private javafx.beans.value.ChangeListener<Settings> mapLook;

    /** Hands over the finer basemap (1:50m), read after the window opened, and the disputed lines derived from it. */
    public void setFineBasemap(Basemap fine, List<DisputedLine> finer) {
        map.setFineBasemap(fine);
        exports.setFineBasemap(fine);
        if (!finer.isEmpty()) {
            map.setDisputedLines(lines(finer));
        }
    }

    /**
     * Selects a projection by its constant name (e.g. "ORTHOGRAPHIC"), as the projection menu
     * does (choosing the kind already shown does nothing); unknown names are ignored.
     */
    public void selectProjection(String kindName) {
        for (ProjectionKind k : ProjectionKind.values()) {
            if (k.name().equalsIgnoreCase(kindName.strip()) && k != model.state().projection().kind()) {
                presenter.choose(k);
            }
        }
    }
}
