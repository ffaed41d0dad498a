package com.parkreview.app.ui.console;

import java.math.BigDecimal;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Each applicant's expert totals as dots in a column, the panel score as a bar across it, and the
 * tier lines at 60 and 80: a split panel is seen at a glance.
 */
public final class StripPlot extends Region {

    private static final double LEFT = 36;
    private static final double BOTTOM = 24;
    private static final double TOP = 10;

    private final Canvas canvas = new Canvas();
    private List<ResultsViewModel.Strip> strips = List.of();

    public StripPlot() {
        getChildren().add(canvas);
        getStyleClass().add("strip-plot");
    }

    public void show(List<ResultsViewModel.Strip> value) {
        strips = List.copyOf(value);
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
        for (int score = 0; score <= 100; score += 20) {
            double y = y(score, plotHeight);
            g.strokeLine(LEFT, y, width, y);
            g.fillText(String.valueOf(score), LEFT - 6, y + 4);
        }
        tierLine(g, 60, "#bf8700", width, plotHeight);
        tierLine(g, 80, "#1a7f37", width, plotHeight);
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

    private static double y(double score, double plotHeight) {
        return TOP + plotHeight * (1 - score / 100);
    }
}
