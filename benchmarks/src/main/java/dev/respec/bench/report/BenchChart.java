package dev.respec.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.ImageIO;

/**
 * Draws the benchmark chart with Java2D (headless): on the left the throughput of the reference
 * server relative to Redis for every test at each pipeline depth, coloured by whether it meets the
 * aim; on the right each server's p50 to p99 latency range on a log scale. Tests the reference
 * does not support yet keep their row, marked as such, so the chart's shape does not change as
 * commands land.
 */
public final class BenchChart {
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x77, 0x77, 0x77);
    private static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    private static final Color BAND = new Color(0xF6, 0xF6, 0xF8);
    private static final Color MET = new Color(0x3A, 0x9A, 0x5B);
    private static final Color CLOSE = new Color(0xE8, 0xA2, 0x3A);
    private static final Color MISSED = new Color(0xD6, 0x4B, 0x4B);
    private static final Color REFERENCE = new Color(0x2F, 0x6F, 0xB5);
    private static final Color REDIS = new Color(0xC8, 0x3A, 0x2E);

    private static final int WIDTH = 1600;
    private static final int TOP = 175;
    private static final int ROW = 30;
    private static final int GROUP_GAP = 14;
    private static final int LEFT_LABELS = 150;
    private static final int RATIO_X = LEFT_LABELS + 60;
    private static final int RATIO_W = 560;
    private static final int LAT_X = RATIO_X + RATIO_W + 110;
    private static final int LAT_W = WIDTH - LAT_X - 150;

    private BenchChart() {
    }

    public static void draw(List<Comparison> results, Properties meta, Path png) throws IOException {
        List<String> tests = results.stream().map(c -> c.test).distinct().toList();
        List<Integer> pipelines = results.stream().map(c -> c.pipeline).distinct().toList();
        int groupH = pipelines.size() * ROW + GROUP_GAP;
        int height = TOP + tests.size() * groupH + 120;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);

        g.setColor(INK);
        g.setFont(font(Font.BOLD, 26));
        g.drawString("Reference server vs Redis " + meta.getProperty("redis_version", ""), 40, 48);
        g.setColor(MUTED);
        g.setFont(font(Font.PLAIN, 15));
        g.drawString(meta.getProperty("subtitle", ""), 40, 74);
        g.drawString(meta.getProperty("machine", ""), 40, 96);

        double maxRatio = 1.3;
        double minLat = Double.MAX_VALUE;
        double maxLat = 0;
        for (Comparison c : results) {
            if (c.status == Comparison.Status.OK) {
                maxRatio = Math.max(maxRatio, Math.ceil((c.throughputRatio() + 0.05) * 10) / 10);
                minLat = Math.min(minLat, Math.min(c.referenceP50(), c.redisP50()));
                maxLat = Math.max(maxLat, Math.max(c.referenceP99(), c.redisP99()));
            }
        }
        if (maxLat == 0) {
            minLat = 0.1;
            maxLat = 10;
        }
        double logMin = Math.log10(niceBelow(Math.max(minLat, 0.001)));
        double logMax = Math.log10(niceAbove(maxLat));
        if (logMax - logMin < 1) {
            logMax = logMin + 1;
        }

        int plotTop = TOP;
        int plotBottom = TOP + tests.size() * groupH;
        g.setFont(font(Font.BOLD, 17));
        g.setColor(INK);
        g.drawString("Throughput, reference ÷ Redis", RATIO_X, TOP - 42);
        g.drawString("Latency p50 → p99 (ms, log scale)", LAT_X, TOP - 42);
        g.setFont(font(Font.PLAIN, 13));
        g.setColor(MUTED);
        g.drawString("p99 ref/Redis", LAT_X + LAT_W + 30, TOP - 20);

        // zebra bands per test
        for (int t = 0; t < tests.size(); t++) {
            int y = plotTop + t * groupH;
            if (t % 2 == 0) {
                g.setColor(BAND);
                g.fillRect(20, y - GROUP_GAP / 2, WIDTH - 40, groupH);
            }
        }

        // ratio axis
        g.setFont(font(Font.PLAIN, 13));
        for (double v = 0; v <= maxRatio + 1e-9; v += 0.25) {
            int x = ratioX(v, maxRatio);
            g.setColor(GRID);
            g.draw(new Line2D.Double(x, plotTop - 10, x, plotBottom));
            g.setColor(MUTED);
            center(g, String.format(Locale.ROOT, "%.2fx", v), x, plotBottom + 20);
        }
        dashed(g, ratioX(1.0, maxRatio), plotTop - 14, plotBottom, INK, "Redis = 1.0x");
        dashed(g, ratioX(Comparison.AIM_RATIO_PIPELINE_1, maxRatio), plotTop - 14, plotBottom, MUTED, "");

        // latency axis
        for (double e = Math.floor(logMin); e <= logMax + 1e-9; e++) {
            for (int m = 1; m < 10; m++) {
                double v = Math.pow(10, e) * m;
                if (Math.log10(v) > logMax + 1e-9) {
                    break;
                }
                if (Math.log10(v) < logMin - 1e-9) {
                    continue;
                }
                int x = latX(v, logMin, logMax);
                g.setColor(m == 1 ? new Color(0xCC, 0xCC, 0xCC) : GRID);
                g.draw(new Line2D.Double(x, plotTop - 10, x, plotBottom));
                if (m == 1 || m == 2 || m == 5) {
                    g.setColor(MUTED);
                    center(g, trimMs(v), x, plotBottom + 20);
                }
            }
        }

        for (int t = 0; t < tests.size(); t++) {
            int groupY = plotTop + t * groupH;
            g.setColor(INK);
            g.setFont(font(Font.BOLD, 16));
            g.drawString(tests.get(t).toUpperCase(Locale.ROOT), 40, groupY + pipelines.size() * ROW / 2 + 6);
            for (int p = 0; p < pipelines.size(); p++) {
                Comparison c = find(results, tests.get(t), pipelines.get(p));
                int y = groupY + p * ROW;
                g.setFont(font(Font.PLAIN, 13));
                g.setColor(MUTED);
                right(g, "P=" + pipelines.get(p), RATIO_X - 10, y + ROW / 2 + 5);
                if (c == null || c.status != Comparison.Status.OK) {
                    g.setFont(font(Font.ITALIC, 14));
                    g.setColor(MUTED);
                    String why = c != null && c.status == Comparison.Status.FAILED ? "failed" : "not supported yet";
                    g.drawString(why, RATIO_X + 8, y + ROW / 2 + 5);
                    g.drawString(why, LAT_X + 8, y + ROW / 2 + 5);
                    continue;
                }
                double r = c.throughputRatio();
                Color fill = r >= c.throughputAim() ? MET : r >= c.throughputAim() * 0.9 ? CLOSE : MISSED;
                int x0 = ratioX(0, maxRatio);
                int x1 = ratioX(Math.min(r, maxRatio), maxRatio);
                g.setColor(fill);
                g.fill(new RoundRectangle2D.Double(x0, y + 5, Math.max(2, x1 - x0), ROW - 10, 6, 6));
                g.setFont(font(Font.BOLD, 13));
                pill(g, String.format(Locale.ROOT, "%.2fx", r), x1 + 5, y + ROW / 2 + 5);

                int ry = y + ROW / 2 - 5;
                int dy = y + ROW / 2 + 5;
                dumbbell(g, c.referenceP50(), c.referenceP99(), ry, REFERENCE, logMin, logMax);
                dumbbell(g, c.redisP50(), c.redisP99(), dy, REDIS, logMin, logMax);
                double lr = c.p99Ratio();
                g.setFont(font(Font.BOLD, 13));
                g.setColor(lr <= Comparison.AIM_P99_RATIO ? MET : lr <= Comparison.AIM_P99_RATIO * 1.1 ? CLOSE : MISSED);
                g.drawString(String.format(Locale.ROOT, "%.2fx", lr), LAT_X + LAT_W + 40, y + ROW / 2 + 5);
            }
        }

        // legend
        int ly = plotBottom + 62;
        g.setFont(font(Font.PLAIN, 14));
        int lx = RATIO_X;
        lx = swatch(g, lx, ly, MET, "meets aim (>= 0.9x at P=1, >= 1.0x pipelined)");
        lx = swatch(g, lx, ly, CLOSE, "within 10% of aim");
        swatch(g, lx, ly, MISSED, "below");
        int dx = LAT_X;
        dx = legendDumbbell(g, dx, ly, REFERENCE, "reference server");
        legendDumbbell(g, dx, ly, REDIS, "Redis");
        g.setColor(MUTED);
        g.setFont(font(Font.PLAIN, 13));
        g.drawString(meta.getProperty("command", ""), 40, ly + 34);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static Comparison find(List<Comparison> all, String test, int pipeline) {
        for (Comparison c : all) {
            if (c.test.equals(test) && c.pipeline == pipeline) {
                return c;
            }
        }
        return null;
    }

    private static Font font(int style, int size) {
        return new Font("DejaVu Sans", style, size);
    }

    private static int ratioX(double v, double max) {
        return (int) Math.round(RATIO_X + v / max * RATIO_W);
    }

    private static int latX(double ms, double logMin, double logMax) {
        double l = Math.log10(Math.max(ms, Math.pow(10, logMin)));
        return (int) Math.round(LAT_X + (l - logMin) / (logMax - logMin) * LAT_W);
    }

    private static void dumbbell(Graphics2D g, double p50, double p99, int y, Color color, double logMin, double logMax) {
        int a = latX(p50, logMin, logMax);
        int b = latX(p99, logMin, logMax);
        g.setColor(color);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(a, y, b, y));
        g.setStroke(new BasicStroke(1f));
        g.fill(new Ellipse2D.Double(a - 5, y - 5, 10, 10));
        g.fill(new Rectangle2D.Double(b - 4, y - 5, 8, 10));
    }

    private static int legendDumbbell(Graphics2D g, int x, int y, Color color, String text) {
        dumbbellAt(g, x, x + 40, y - 5, color);
        g.setColor(INK);
        g.drawString(text, x + 50, y);
        return x + 60 + g.getFontMetrics().stringWidth(text) + 30;
    }

    private static void dumbbellAt(Graphics2D g, int a, int b, int y, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(a, y, b, y));
        g.setStroke(new BasicStroke(1f));
        g.fill(new Ellipse2D.Double(a - 5, y - 5, 10, 10));
        g.fill(new Rectangle2D.Double(b - 4, y - 5, 8, 10));
    }

    private static int swatch(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(x, y - 12, 22, 14, 4, 4));
        g.setColor(INK);
        g.drawString(text, x + 30, y);
        return x + 30 + g.getFontMetrics().stringWidth(text) + 26;
    }

    private static void dashed(Graphics2D g, int x, int top, int bottom, Color color, String label) {
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
        g.draw(new Line2D.Double(x, top, x, bottom));
        g.setStroke(new BasicStroke(1f));
        if (!label.isEmpty()) {
            g.setFont(font(Font.PLAIN, 12));
            center(g, label, x, top - 4);
        }
    }

    /** The largest of 1, 2, 5 times a power of ten that is <= v. */
    static double niceBelow(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        return v >= 5 * p ? 5 * p : v >= 2 * p ? 2 * p : p;
    }

    /** The smallest of 1, 2, 5 times a power of ten that is >= v. */
    static double niceAbove(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        return v <= p ? p : v <= 2 * p ? 2 * p : v <= 5 * p ? 5 * p : 10 * p;
    }

    /** A value label on a white rounded background, readable over grid lines. */
    private static void pill(Graphics2D g, String s, int x, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x - 2, baseline - fm.getAscent(), fm.stringWidth(s) + 6, fm.getAscent() + 4, 6, 6));
        g.setColor(INK);
        g.drawString(s, x + 1, baseline);
    }

    private static String trimMs(double v) {
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "");
    }

    private static void center(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x - fm.stringWidth(s) / 2, y);
    }

    private static void right(Graphics2D g, String s, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, x - fm.stringWidth(s), y);
    }
}
