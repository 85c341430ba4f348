package org.yandu.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.yandu.ui.base.Messages;

/**
 * The first start's greeting in the reader's place, over the reader until the first speech opens: a few calm lines,
 * the import's progress, or why it failed. No buttons: there is nothing to decide.
 */
final class FirstRunView {
    private final VBox root = new VBox();

    FirstRunView(FirstRunViewModel model, Messages messages) {
        BooleanBinding failed = model.phaseProperty().isEqualTo(FirstRunViewModel.Phase.FAILED);
        Label title = label("first-run-title", messages.get("firstRun.title"));
        Label about = label("first-run-about", messages.get("firstRun.about"));
        Label doing = label("first-run-doing", "");
        doing.textProperty().bind(Bindings.when(failed).then(messages.get("firstRun.failed"))
                .otherwise(messages.get("firstRun.importing")));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progress());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label files = label("first-run-files", "");
        files.textProperty().bind(model.filesText(messages));
        Label reason = label("first-run-failure", "");
        reason.textProperty().bind(model.failureProperty());
        Label hint = label("first-run-hint", messages.get("reader.emptyLibrary"));
        showWhen(failed.not(), bar, files);
        showWhen(failed, reason, hint);
        VBox content = new VBox(title, about, doing, bar, files, reason, hint);
        content.getStyleClass().add("first-run-content");
        root.getChildren().add(content);
        root.setAlignment(Pos.CENTER);
        root.setId("first-run");
        root.getStyleClass().add("first-run");
        root.visibleProperty().bind(model.phaseProperty().isNotEqualTo(FirstRunViewModel.Phase.HIDDEN));
    }

    Node node() {
        return root;
    }

    private static Label label(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private static void showWhen(BooleanBinding condition, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(condition);
            node.managedProperty().bind(condition);
        }
    }
}
