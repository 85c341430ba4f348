package org.yandu.ui.reader;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.yandu.ui.base.Messages;

/** The open speech's automatic summary: its most central sentences, computed by HanLP and kept in the library. */
public final class SummaryDialog {
    private SummaryDialog() {
    }

    public static void show(Stage owner, Messages messages, String title, String summary) {
        Alert alert = messages.alert(Alert.AlertType.INFORMATION, owner, "summary.title", title);
        TextArea text = new TextArea(summary.isBlank() ? messages.get("summary.none") : summary);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(40);
        text.getStyleClass().add("summary-text");
        alert.getDialogPane().setContent(text);
        alert.setResizable(true);
        alert.show();
    }
}
