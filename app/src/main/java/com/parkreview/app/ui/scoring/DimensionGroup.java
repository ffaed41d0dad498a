package com.parkreview.app.ui.scoring;

import com.parkreview.scoring.rubric.Dimension;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A dimension of the form: its indicators and their live subtotal. */
public final class DimensionGroup {

    private final Dimension dimension;
    private final List<IndicatorRowViewModel> rows;
    private final ReadOnlyObjectWrapper<BigDecimal> subtotal = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);

    DimensionGroup(Dimension dimension, List<IndicatorRowViewModel> rows) {
        this.dimension = dimension;
        this.rows = List.copyOf(rows);
        ObjectBinding<BigDecimal> sum = Bindings.createObjectBinding(
                () -> ScoreFormViewModel.sum(this.rows),
                this.rows.stream().map(IndicatorRowViewModel::effectiveProperty).toArray(Observable[]::new));
        subtotal.bind(sum);
    }

    public String code() {
        return dimension.code();
    }

    public String name() {
        return dimension.name();
    }

    public String maxText() {
        return dimension.max().toPlainString();
    }

    public List<IndicatorRowViewModel> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<BigDecimal> subtotalProperty() {
        return subtotal.getReadOnlyProperty();
    }
}
