package com.parkreview.app.ui;

import com.parkreview.app.ui.common.ViewLoader;
import javafx.stage.Window;

/** What every flow of the window works with: the client, its window, its screens, and the shared flows. */
record FlowParts(ClientContext context, Window owner, ViewLoader loader, Screens screens, SheetPrinting printing,
        OfflineExchangeFlow exchange, Navigator navigator) {
}
