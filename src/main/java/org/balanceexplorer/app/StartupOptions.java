package org.balanceexplorer.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balanceexplorer.data.Settings;
import org.balanceexplorer.model.Dataset;
import org.balanceexplorer.model.GeoPoint;
import org.balanceexplorer.state.FitRegion;
import org.balanceexplorer.state.LaunchPoints;
import org.balanceexplorer.state.MapFrame;
import org.balanceexplorer.state.ProjectionChoice;
import org.balanceexplorer.state.ProjectionKind;
import org.balanceexplorer.state.Selection;
import org.balanceexplorer.state.ViewState;

/**
 * The app's start-up arguments, parsed once: {@code --data=DIR} opens another dataset folder
 * instead of the bundled one; {@code --show=ID,ID} starts with those systems' rings shown;
 * {@code --select=ID} with that system's claims listed; {@code --projection=KIND} in that
 * projection (e.g. {@code ORTHOGRAPHIC}); {@code --fit=world} showing the whole world. They become
 * the first {@link ViewState} ({@link #firstState}). {@code --lang=en|ur|hi} and
 * {@code --digits=latin|native} choose the language of the app's own words and the digits of its
 * numbers for this run, over the settings (decision 0019).
 *
 * @param dataFolder the dataset folder given, or null for the bundled one
 * @param show       system ids to show, in order
 * @param select     the system id to select, or null
 * @param projection the projection's constant name, or null
 * @param fit        what to fit ("world"), or null
 * @param lang       the language tag given, or null for the settings' language
 * @param digits     the digits given ("latin" or "native"), or null for the settings' digits
 */
public record StartupOptions(String dataFolder, List<String> show, String select, String projection, String fit,
                             String lang, String digits) {

    private static final List<String> NAMES = List.of("data", "show", "select", "projection", "fit", "lang", "digits");

    public StartupOptions {
        show = List.copyOf(show);
    }

    /** No arguments: the bundled dataset, the default view. */
    public static final StartupOptions NONE = new StartupOptions(null, List.of(), null, null, null, null, null);

    /**
     * Reads the arguments as the app's, or says they are not (a command of the command line).
     *
     * @return the options, or empty when any argument is not one of the app's {@code --name=value}
     */
    public static Optional<StartupOptions> parse(List<String> args) {
        String data = null;
        List<String> show = new ArrayList<>();
        String select = null;
        String projection = null;
        String fit = null;
        String lang = null;
        String digits = null;
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0 || !NAMES.contains(a.substring(2, eq))) {
                return Optional.empty();
            }
            String value = a.substring(eq + 1);
            switch (a.substring(2, eq)) {
                case "data" -> data = value;
                case "show" -> {
                    for (String id : value.split(",")) {
                        if (!id.isBlank()) {
                            show.add(id.strip());
                        }
                    }
                }
                case "select" -> select = value.strip();
                case "projection" -> projection = value.strip();
                case "lang" -> lang = value.strip();
                case "digits" -> digits = value.strip();
                default -> fit = value.strip();
            }
        }
        return Optional.of(new StartupOptions(data, show, select, projection, fit, lang, digits));
    }

    /**
     * The first view state: the systems shown (ids the dataset lacks are left out), the one
     * selected, the projection (the azimuthal view centred on the launch point in focus, the globe
     * on it in whole degrees) and the world fitted when asked.
     */
    public ViewState firstState(Dataset d) {
        ViewState s = ViewState.initial();
        for (String id : show) {
            if (d.system(id).isPresent()) {
                s = s.withShown(id, true);
            }
        }
        if (select != null && d.system(select).isPresent()) {
            s = s.withSelection(new Selection(select, null, null));
        }
        if ("world".equals(fit)) {
            s = s.withFrame(MapFrame.fitted(FitRegion.WORLD));
        }
        ProjectionKind kind = projection == null ? null : kind(projection);
        if (kind != null) {
            GeoPoint focus = LaunchPoints.launchPoint(d, s, LaunchPoints.focusCountry(d, s));
            GeoPoint centre = switch (kind) {
                case AZIMUTHAL_EQUIDISTANT -> focus;
                case ORTHOGRAPHIC -> GeoPoint.wrapped(Math.max(-89, Math.min(89, Math.round(focus.latDeg()))),
                        Math.round(focus.lonDeg()));
                default -> new GeoPoint(0, 0);
            };
            s = s.withProjection(new ProjectionChoice(kind, centre));
        }
        return s;
    }

    /**
     * What is wrong with the options before any dataset is read: a projection or a fit that does
     * not exist. The launcher prints it and exits with code 2 instead of opening a window.
     *
     * @return the problem in plain words, or null when there is none
     */
    public String usageProblem() {
        if (projection != null && kind(projection) == null) {
            return "--projection=" + projection + " is not a projection; choose one of "
                    + String.join(", ", java.util.Arrays.stream(ProjectionKind.values()).map(Enum::name).toList());
        }
        if (fit != null && !"world".equals(fit)) {
            return "--fit=" + fit + " is not something to fit; the one choice is --fit=world";
        }
        if (lang != null && Settings.Language.ofTag(lang) == null) {
            return "--lang=" + lang + " is not a language of the app; choose one of en, ur, hi";
        }
        if (digits != null && digitsChoice() == null) {
            return "--digits=" + digits + " is not a choice of digits; choose latin or native";
        }
        if (select != null && select.isEmpty()) {
            return "--select= needs a system id, e.g. --select=shaheen-3";
        }
        return null;
    }

    /**
     * The ids given that the dataset lacks, in plain words (one line each): they are left out of
     * the first view state, and the user should know.
     */
    public List<String> unknownIds(Dataset d) {
        List<String> out = new ArrayList<>();
        for (String id : show) {
            if (d.system(id).isEmpty()) {
                out.add("--show: there is no system '" + id + "' in the dataset; it is not shown");
            }
        }
        if (select != null && !select.isEmpty() && d.system(select).isEmpty()) {
            out.add("--select: there is no system '" + select + "' in the dataset; nothing is selected");
        }
        return out;
    }

    /** The language given, or null (then the settings say). */
    public Settings.Language language() {
        return Settings.Language.ofTag(lang);
    }

    /** The digits given, or null (then the settings say). */
    public Settings.Digits digitsChoice() {
        if (digits == null) {
            return null;
        }
        for (Settings.Digits d : Settings.Digits.values()) {
            if (d.name().equalsIgnoreCase(digits)) {
                return d;
            }
        }
        return null;
    }

    private static ProjectionKind kind(String name) {
        for (ProjectionKind k : ProjectionKind.values()) {
            if (k.name().equals(name.toUpperCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
