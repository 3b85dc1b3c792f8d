package org.balanceexplorer.map.paint;

/**
 * Colour-vision deficiency simulation and colour difference, for palette tests.
 *
 * <h2>Algorithm</h2>
 * Dichromacy is simulated as Machado, Oliveira and Fernandes do ("A Physiologically-based Model
 * for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009): a 3x3 matrix for severity
 * 1.0, applied to linear sRGB and clamped to the gamut. Colours are then taken to CIELAB (D65) and
 * compared with CIEDE2000 (CIE 142-2001, as written out by Sharma, Wu and Dalal, "The CIEDE2000
 * Color-Difference Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 * Observations", Color Research and Application 30(1), 2005).
 */
final class ColourVision {

    /** The kinds of vision simulated. */
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                {0.004733, 0.691367, 0.303900}});

        final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** CIELAB (D65) of a colour as seen with a kind of vision: {L*, a*, b*}. */
    static double[] lab(Rgba colour, Vision vision) {
        double[] lin = {linear(colour.red()), linear(colour.green()), linear(colour.blue())};
        double[] seen = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += vision.matrix[i][j] * lin[j];
            }
            seen[i] = Math.max(0, Math.min(1, v));
        }
        double r = seen[0];
        double g = seen[1];
        double b = seen[2];
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** The CIEDE2000 difference of two CIELAB colours (kL = kC = kH = 1). */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double l1 = lab1[0];
        double a1 = lab1[1];
        double b1 = lab1[2];
        double l2 = lab2[0];
        double a2 = lab2[1];
        double b2 = lab2[2];
        double cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1p = (1 + g) * a1;
        double a2p = (1 + g) * a2;
        double c1p = Math.hypot(a1p, b1);
        double c2p = Math.hypot(a2p, b2);
        double h1p = c1p == 0 ? 0 : (Math.toDegrees(Math.atan2(b1, a1p)) + 360) % 360;
        double h2p = c2p == 0 ? 0 : (Math.toDegrees(Math.atan2(b2, a2p)) + 360) % 360;
        double dL = l2 - l1;
        double dC = c2p - c1p;
        double dh = 0;
        if (c1p * c2p != 0) {
            dh = h2p - h1p;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (l1 + l2) / 2;
        double cBarP = (c1p + c2p) / 2;
        double hBar;
        if (c1p * c2p == 0) {
            hBar = h1p + h2p;
        } else if (Math.abs(h1p - h2p) <= 180) {
            hBar = (h1p + h2p) / 2;
        } else if (h1p + h2p < 360) {
            hBar = (h1p + h2p + 360) / 2;
        } else {
            hBar = (h1p + h2p - 360) / 2;
        }
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
                + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sc = 1 + 0.045 * cBarP;
        double sh = 1 + 0.015 * cBarP * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2)
                + rt * (dC / sc) * (dH / sh));
    }
}
