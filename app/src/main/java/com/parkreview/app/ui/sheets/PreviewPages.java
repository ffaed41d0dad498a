package com.parkreview.app.ui.sheets;

import com.parkreview.app.ui.common.FxTasks;
import com.parkreview.app.ui.common.UiText;
import com.parkreview.reports.ReportService;
import com.parkreview.reports.fill.FilledSheet;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The preview's pages as a list that draws only what is on the screen: a page is drawn off the FX
 * thread when it scrolls into view, and the last {@value #KEPT} drawn are kept. A pack of 214 pages
 * drawn all at once held about 600 MB of images and kept the window waiting for the collector;
 * this holds about 70 MB whatever the pack's length.
 */
final class PreviewPages {

    static final int KEPT = 24;
    private static final float ZOOM = 1.2f;
    /** A4 portrait, height over width: the space a page takes before it is drawn. */
    private static final double PAGE_RATIO = 842.0 / 595.0;
    /** The list's width a page leaves free: the vertical scroll bar and the cell's padding. */
    private static final double MARGIN = 56;

    /** One page of one sheet. */
    record Page(int sheet, int index) {
    }

    private final ReportService reports;
    private final FxTasks tasks;
    private final List<FilledSheet> sheets;
    private final Consumer<Throwable> failed;
    private final ListView<Page> list = new ListView<>();
    private final Map<Page, WritableImage> drawn = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Page, WritableImage> eldest) {
            return size() > KEPT;
        }
    };
    private final Set<Page> drawing = new HashSet<>();
    private volatile boolean closed;
    private int drawnInAll;

    PreviewPages(ReportService reports, FxTasks tasks, List<FilledSheet> sheets, Consumer<Throwable> failed) {
        this.reports = reports;
        this.tasks = tasks;
        this.sheets = List.copyOf(sheets);
        this.failed = failed;
        list.getStyleClass().add("preview-pages");
        list.setPlaceholder(new Label(UiText.text("preview.rendering")));
        list.setCellFactory(view -> new PageCell());
        // before the list has its width, every waiting page is a line high and dozens seem on the screen
        // (a loaded machine laid the list out with the pages listed and drew 8 at once): drawn once it has one
        list.widthProperty().addListener((o, was, now) -> {
            if (!laidOut(was.doubleValue()) && laidOut(now.doubleValue())) {
                list.refresh();
            }
        });
        tasks.run(this::pages, pages -> list.getItems().setAll(pages), failed);
    }

    ListView<Page> view() {
        return list;
    }

    /** The window closed: pages asked for and not drawn yet are not drawn. */
    void close() {
        closed = true;
    }

    /** How many pages were drawn since the preview opened (for tests: only those shown). */
    int drawnInAll() {
        return drawnInAll;
    }

    private List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            for (int p = 0; p < reports.pageCount(sheets.get(s)); p++) {
                pages.add(new Page(s, p));
            }
        }
        return pages;
    }

    /** Whether a list this wide shows a page at the height it will have. */
    private static boolean laidOut(double width) {
        return width > 2 * MARGIN;
    }

    private void draw(Page page) {
        if (!laidOut(list.getWidth()) || !drawing.add(page)) {
            return;
        }
        tasks.run(() -> closed ? null : toFx(reports.pageImage(sheets.get(page.sheet()), page.index(), ZOOM)),
                image -> {
                    drawing.remove(page);
                    if (image != null) {
                        drawnInAll++;
                        drawn.put(page, image);
                        list.refresh();
                    }
                }, error -> {
                    drawing.remove(page);
                    failed.accept(error);
                });
    }

    private static WritableImage toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }

    /** A page: its image once drawn, until then a line saying it is being drawn, as tall as the page will be. */
    private final class PageCell extends ListCell<Page> {

        private final ImageView image = new ImageView();
        private final Label waiting = new Label();

        PageCell() {
            // the page fits the list's width, scroll bar and padding taken off: no sideways scrolling
            image.setPreserveRatio(true);
            image.fitWidthProperty().bind(list.widthProperty().subtract(MARGIN));
            waiting.prefHeightProperty().bind(list.widthProperty().subtract(MARGIN).multiply(PAGE_RATIO));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Page page, boolean empty) {
            super.updateItem(page, empty);
            setText(null);
            if (empty || page == null) {
                setGraphic(null);
                return;
            }
            WritableImage done = drawn.get(page);
            if (done != null) {
                image.setImage(done);
                setGraphic(image);
            } else {
                image.setImage(null);
                waiting.setText(UiText.text("preview.drawingPage", page.index() + 1));
                setGraphic(waiting);
                // asked once the layout is done, and only if this cell still shows the page: the list also fills
                // cells to measure them, for pages far from the screen, and drops them at once
                Platform.runLater(() -> {
                    if (page.equals(getItem()) && getParent() != null && getParent().isVisible()) {
                        draw(page);
                    }
                });
            }
        }
    }
}
