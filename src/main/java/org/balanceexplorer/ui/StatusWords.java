package org.balanceexplorer.ui;

import org.balanceexplorer.state.KnownDataset;
import org.balanceexplorer.state.RingResults;
import org.balanceexplorer.state.ViewState;

/**
 * The status bar's sentences about the rings, in the chosen language: how many are shown, which
 * ticked systems the year leaves out, that they are being computed, or why they could not be.
 * Numbers and years are MessageFormat arguments, so they are written in the chosen digits.
 *
 * <p>Stateless; any thread.
 */
final class StatusWords {

    private StatusWords() {
    }

    /** "Computing rings…", or "… and envelopes" when the envelopes are asked for too. */
    static String computing(boolean envelopes) {
        return I18n.text(envelopes ? "status.computingRingsAndEnvelopes" : "status.computingRings");
    }

    /** "Could not measure: why". */
    static String measureFailed(Throwable t) {
        return I18n.text("status.measureFailed", plain(t));
    }

    /** "Could not compute the rings: why". */
    static String ringsFailed(Throwable t) {
        return I18n.text("status.ringsFailed", plain(t));
    }

    /**
     * "2 rings shown", with the ticked systems the year leaves out; empty when nothing is shown and
     * nothing is left out.
     *
     * @param request the state the rings were computed for
     * @param value   the rings computed
     * @param known   the dataset as known at the request's time
     */
    static String shown(ViewState request, RingResults value, KnownDataset known) {
        int n = value.rings().size();
        String absent = absent(request, known);
        return (n == 0 ? (absent.isEmpty() ? "" : I18n.text("status.noRingShown")) : I18n.text("status.ringsShown", n))
                + absent;
    }

    /** "; 2 ticked systems not on the map in 2010 (the side panel says why)" when the year leaves ticked systems out. */
    private static String absent(ViewState request, KnownDataset known) {
        long absent = request.shownSystems().stream().filter(id -> known.absence(id).isPresent()).count();
        if (absent == 0) {
            return "";
        }
        Integer y = request.time().year() != null ? request.time().year() : request.time().knownInYear();
        return I18n.text("status.tickedAbsent", absent, y);
    }

    private static String plain(Throwable t) {
        String m = t == null ? null : t.getMessage();
        return m == null || m.isBlank() ? I18n.text("status.unexpectedError") : m;
    }
}
