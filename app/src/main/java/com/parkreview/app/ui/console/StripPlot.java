package com.parkreview.app.ui.console;

import com.parkreview.app.ui.common.UiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Each applicant's expert totals as dots in a column, the panel score as a bar across it, and a
 * line where each funded tier starts (60 and 80 in the programmes shipped): a split panel is seen
 * at a glance.
 */
public final class StripPlot extends Region {

    private static final double LEFT = 36;
    private static final double BOTTOM = 24;
    private static final double TOP = 10;

    private final Canvas canvas = new Canvas();
    private static final int GRID_STEPS = 5;

    private List<ResultsViewModel.Strip> strips = List.of();
    private ResultsViewModel.PlotScale scale = new ResultsViewModel.PlotScale(new BigDecimal("100"), List.of());

    public StripPlot() {
        getChildren().add(canvas);
        getStyleClass().add("strip-plot");
    }

    public void show(List<ResultsViewModel.Strip> value, ResultsViewModel.PlotScale onScale) {
        strips = List.copyOf(value);
        scale = onScale;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (width < 60 || height < 60) {
            return;
        }
        double plotHeight = height - TOP - BOTTOM;
        g.setFont(Font.font(11));
        g.setStroke(Color.web("#d0d7de"));
        g.setFill(Color.web("#57606a"));
        g.setTextAlign(TextAlignment.RIGHT);
        BigDecimal maximum = scale.maximum();
        for (int step = 0; step <= GRID_STEPS; step++) {
            BigDecimal score = maximum.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(GRID_STEPS),
                    1, RoundingMode.HALF_UP);
            double y = y(score.doubleValue(), plotHeight);
            g.strokeLine(LEFT, y, width, y);
            g.fillText(UiText.number(score), LEFT - 6, y + 4);
        }
        List<BigDecimal> lines = scale.tierLines();
        for (int i = 0; i < lines.size(); i++) { // the top tier's line green, the others amber
            tierLine(g, lines.get(i).doubleValue(), i == 0 ? "#1a7f37" : "#bf8700", width, plotHeight);
        }
        if (strips.isEmpty()) {
            return;
        }
        double column = (width - LEFT) / strips.size();
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < strips.size(); i++) {
            ResultsViewModel.Strip strip = strips.get(i);
            double x = LEFT + column * (i + 0.5);
            g.setFill(Color.web("#57606a"));
            g.fillText(strip.code(), x, height - 6);
            g.setFill(Color.web("#0969da", 0.75));
            for (BigDecimal total : strip.totals()) {
                g.fillOval(x - 4, y(total.doubleValue(), plotHeight) - 4, 8, 8);
            }
            strip.panelScore().ifPresent(score -> {
                g.setStroke(Color.web("#24292f"));
                g.setLineWidth(2);
                double y = y(score.doubleValue(), plotHeight);
                g.strokeLine(x - Math.min(14, column / 3), y, x + Math.min(14, column / 3), y);
                g.setLineWidth(1);
            });
        }
    }

    private void tierLine(GraphicsContext g, double score, String colour, double width, double plotHeight) {
        g.setStroke(Color.web(colour));
        g.setLineDashes(6, 4);
        double y = y(score, plotHeight);
        g.strokeLine(LEFT, y, width, y);
        g.setLineDashes();
    }

    private double y(double score, double plotHeight) {
        return TOP + plotHeight * (1 - score / scale.maximum().doubleValue());
    }
}
