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

    /** These options with bands on or off. */
    public RingOptions withBands(boolean on) {
        return new RingOptions(on, claimRings, envelopes, naive);
    }

    /** These options with claim rings on or off. */
    public RingOptions withClaimRings(boolean on) {
        return new RingOptions(bands, on, envelopes, naive);
    }

    /** These options with envelopes on or off. */
    public RingOptions withEnvelopes(boolean on) {
        return new RingOptions(bands, claimRings, on, naive);
    }

    /** These options with naive circles on or off. */
    public RingOptions withNaive(boolean on) {
        return new RingOptions(bands, claimRings, envelopes, on);
    }
}
