package org.yandu.ui.library;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;
import org.yandu.importer.ImportReport;
import org.yandu.ui.base.Messages;

/** Tells the reader how an import went: a passing notice, or a dialog listing the files that were refused. */
public final class ImportNotice {
    private ImportNotice() {
    }

    public static void show(ImportReport report, Messages messages, Stage owner) {
        String headline = ImportSummary.headline(report, messages);
        if (report.failures().isEmpty()) {
            Notifications.create().owner(owner).title(messages.get("import.done.title")).text(headline)
                    .showInformation();
            return;
        }
        Alert alert = messages.alert(Alert.AlertType.WARNING, owner, "import.done.title",
                messages.format("import.failed.header", report.failures().size(), report.files().size()));
        alert.setContentText(headline);
        TextArea details = new TextArea(ImportSummary.failures(report, messages));
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(true);
        alert.show();
    }
}
