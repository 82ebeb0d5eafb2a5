package app.safepost.moderation.domain;

import app.safepost.moderation.IncidentCategory;
import app.safepost.moderation.TermReport;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** The termly report's charts: incidents per month, stacked by category or by account (JFreeChart). */
public final class IncidentCharts {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;

    /** Colours that stay apart for colour-blind readers (Okabe–Ito). */
    private static final Color[] PALETTE = {
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0xF0E442),
        Color.GRAY
    };

    private IncidentCharts() {}

    public static JFreeChart byCategory(TermReport report) {
        var data = new DefaultCategoryDataset();
        report.byMonthAndCategory().forEach((month, counts) -> {
            for (var category : IncidentCategory.values()) {
                data.addValue(counts.getOrDefault(category, 0), category.label(), monthLabel(month));
            }
        });
        return chart("Incidents by category, " + report.term().name(), data);
    }

    public static JFreeChart byAccount(TermReport report) {
        var data = new DefaultCategoryDataset();
        var handles = new TreeSet<>(report.byAccount().keySet());
        if (handles.isEmpty()) {
            handles.add("No incidents");
        }
        report.byMonthAndAccount().forEach((month, counts) -> {
            for (var handle : handles) {
                data.addValue(counts.getOrDefault(handle, 0), handle, monthLabel(month));
            }
        });
        return chart("Incidents by account, " + report.term().name(), data);
    }

    public static String svg(JFreeChart chart) {
        var g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    public static BufferedImage image(JFreeChart chart) {
        return chart.createBufferedImage(WIDTH * 2, HEIGHT * 2, WIDTH, HEIGHT, null);
    }

    private static JFreeChart chart(String title, DefaultCategoryDataset data) {
        var renderer = new StackedBarRenderer();
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, PALETTE[i]);
        }
        var counts = new NumberAxis("Incidents reported");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var plot = new CategoryPlot(data, new CategoryAxis("Month"), counts, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        // The legend goes below the plot by default.
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static String monthLabel(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + month.getYear();
    }
}
