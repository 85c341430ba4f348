package org.yandu.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.geometry.HPos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.yandu.library.SpeechStudied;
import org.yandu.ui.base.Messages;
import org.yandu.ui.library.ReadingTime;

/**
 * Study → Weekly Study Summary: speeches read, notes written and time spent reading, this week and today, then
 * the speeches worked on this week, longest read first; one opens in the reader with a double click or Enter.
 */
public final class StudySummaryDialog {
    private static final double LIST_HEIGHT = 260;
    private static final double WIDTH = 640;

    private StudySummaryDialog() {
    }

    public static void show(Stage owner, Messages messages, StudyWeek study, LongConsumer openSpeech) {
        Alert alert = messages.alert(Alert.AlertType.INFORMATION, owner, "study.title", messages.get("study.header"));
        ListView<SpeechStudied> speeches = speechList(messages, study.speeches(), speech -> {
            alert.close();
            openSpeech.accept(speech.speechId());
        });
        VBox content = new VBox(12, totals(messages, study), heading(messages.get("study.speeches")), speeches);
        content.setPrefWidth(WIDTH);
        alert.getDialogPane().setContent(content);
        alert.show();
    }

    private static GridPane totals(Messages messages, StudyWeek study) {
        GridPane grid = new GridPane();
        grid.setId("study-summary");
        grid.setHgap(24);
        grid.setVgap(8);
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), number, number);
        grid.addRow(0, new Label(), heading(messages.get("study.week")), heading(messages.get("study.today")));
        grid.addRow(1, new Label(messages.get("study.speechesRead")),
                new Label(String.valueOf(study.week().speechesRead())),
                new Label(String.valueOf(study.today().speechesRead())));
        grid.addRow(2, new Label(messages.get("study.notesWritten")),
                new Label(String.valueOf(study.week().notesWritten())),
                new Label(String.valueOf(study.today().notesWritten())));
        grid.addRow(3, new Label(messages.get("study.timeRead")),
                new Label(ReadingTime.format(study.week().secondsRead(), messages)),
                new Label(ReadingTime.format(study.today().secondsRead(), messages)));
        return grid;
    }

    private static ListView<SpeechStudied> speechList(Messages messages, List<SpeechStudied> studied,
                                                      Consumer<SpeechStudied> open) {
        ListView<SpeechStudied> list = new ListView<>();
        list.setId("study-speeches");
        list.getItems().setAll(studied);
        list.setPrefHeight(LIST_HEIGHT);
        list.setPlaceholder(new Label(messages.get("study.noSpeeches")));
        list.setCellFactory(view -> new SpeechCell(messages, open));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    /** A speech's title, and beside it its time, its notes and whether it was finished this week. */
    private static final class SpeechCell extends ListCell<SpeechStudied> {
        private final Messages messages;
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox row = new HBox(12, title, detail);

        SpeechCell(Messages messages, Consumer<SpeechStudied> open) {
            this.messages = messages;
            // The cell is as wide as the list, the title gives way (ellipsis), the detail keeps its width.
            setPrefWidth(0);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            detail.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("study-detail");
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    open.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SpeechStudied speech, boolean empty) {
            super.updateItem(speech, empty);
            if (empty || speech == null) {
                setGraphic(null);
                return;
            }
            title.setText(speech.title());
            detail.setText(detail(speech));
            setGraphic(row);
        }

        private String detail(SpeechStudied speech) {
            List<String> parts = new ArrayList<>();
            if (speech.secondsRead() > 0) {
                parts.add(ReadingTime.format(speech.secondsRead(), messages));
            }
            if (speech.notesWritten() > 0) {
                parts.add(messages.format("study.notesCount", speech.notesWritten()));
            }
            if (speech.finished()) {
                parts.add(messages.get("study.finished"));
            }
            return String.join(" · ", parts);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("study-heading");
        return label;
    }
}
