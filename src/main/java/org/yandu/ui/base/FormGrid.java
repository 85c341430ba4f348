package org.yandu.ui.base;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A dialog's form: labels in a column never narrower than they are, so no language's label is cut to "T…". */
public final class FormGrid {
    private FormGrid() {
    }

    /** An empty grid of two columns, the labels' and the fields', which takes the width left. */
    public static GridPane labelled() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }
}
