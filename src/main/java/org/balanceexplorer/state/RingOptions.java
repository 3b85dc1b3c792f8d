package org.balanceexplorer.state;

/**
 * What is drawn with each shown system's ring.
 *
 * @param bands      whether each ring carries a band from the lowest to the highest claimed range
 * @param claimRings whether each distinct claimed range gets a ring of its own, labelled with its claimants
 * @param envelopes  whether each system also gets its envelope: the area within range of anywhere
 *                   in its country's territory (not only of the launch point)
 * @param naive      whether each ring is shown beside the naive flat circle of the same radius (a
 *                   teaching overlay)
 */
public record RingOptions(boolean bands, boolean claimRings, boolean envelopes, boolean naive) {

    /** Bands on, everything else off: what the app starts with. */
    public static final RingOptions DEFAULT = new RingOptions(true, false, false, false);

    public RingOptions withBands(boolean on) {
        return new RingOptions(on, claimRings, envelopes, naive);
    }

    public RingOptions withClaimRings(boolean on) {
        return new RingOptions(bands, on, envelopes, naive);
    }

    public RingOptions withEnvelopes(boolean on) {
        return new RingOptions(bands, claimRings, on, naive);
    }

    public RingOptions withNaive(boolean on) {
        return new RingOptions(bands, claimRings, envelopes, on);
    }
}
