package org.balanceexplorer.map.paint;

/**
 * A colour with opacity, each channel in [0, 1]: what painters hand a {@link Surface}, so that
 * they need no toolkit's colour class.
 *
 * @param red   red, [0, 1]
 * @param green green, [0, 1]
 * @param blue  blue, [0, 1]
 * @param alpha opacity, [0, 1] (0 transparent)
 */
public record Rgba(double red, double green, double blue, double alpha) {

    public static final Rgba WHITE = new Rgba(1, 1, 1, 1);
    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);

    public Rgba {
        check("red", red);
        check("green", green);
        check("blue", blue);
        check("alpha", alpha);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
        }
    }

    /** A colour from {@code #rrggbb}, opaque. */
    public static Rgba web(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("hex must be #rrggbb, was " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgba(((v >> 16) & 0xff) / 255.0, ((v >> 8) & 0xff) / 255.0, (v & 0xff) / 255.0, 1);
    }

    /** An opaque colour from 0-255 channels. */
    public static Rgba rgb(int red, int green, int blue, double alpha) {
        return new Rgba(red / 255.0, green / 255.0, blue / 255.0, alpha);
    }

    /**
     * The same hue and saturation with brightness and opacity scaled (as JavaFX's
     * {@code deriveColor(0, 1, brightness, opacity)}): scaling the brightness of HSB scales the
     * three channels alike.
     */
    public Rgba derive(double brightnessFactor, double opacityFactor) {
        return new Rgba(clamp(red * brightnessFactor), clamp(green * brightnessFactor), clamp(blue * brightnessFactor),
                clamp(alpha * opacityFactor));
    }

    /** Darker by the factor JavaFX's {@code Color.darker()} uses (0.7). */
    public Rgba darker() {
        return derive(0.7, 1);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** {@code #rrggbb}, opacity left out. */
    public String hex() {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(red * 255), Math.round(green * 255),
                Math.round(blue * 255));
    }
}
