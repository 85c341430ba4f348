package org.yandu.ui;

import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.yandu.library.StudySummary;

/** Study → This Week's Study: speeches read, notes written and time spent reading, this week and today. */
final class StudySummaryDialog {
    private StudySummaryDialog() {
    }

    static void show(Stage owner, Messages messages, StudySummary week, StudySummary today) {
        GridPane grid = new GridPane();
        grid.setId("study-summary");
        grid.setHgap(24);
        grid.setVgap(8);
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), number, number);
        grid.addRow(0, new Label(), heading(messages.get("study.week")), heading(messages.get("study.today")));
        grid.addRow(1, new Label(messages.get("study.speechesRead")),
                new Label(String.valueOf(week.speechesRead())), new Label(String.valueOf(today.speechesRead())));
        grid.addRow(2, new Label(messages.get("study.notesWritten")),
                new Label(String.valueOf(week.notesWritten())), new Label(String.valueOf(today.notesWritten())));
        grid.addRow(3, new Label(messages.get("study.timeRead")),
                new Label(ReadingTime.format(week.secondsRead(), messages)),
                new Label(ReadingTime.format(today.secondsRead(), messages)));
        Alert alert = messages.alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.get("study.title"));
        alert.setHeaderText(messages.get("study.header"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("study-heading");
        return label;
    }
}
