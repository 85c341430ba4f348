package org.yandu.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.yandu.library.Speech;

/** The library tree with its filter box; choosing a speech opens it. */
final class LibraryPane {
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final Messages messages;
    private final TreeView<LibraryNode> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = TextFields.createClearableTextField();
    private final Label placeholder = new Label();
    private final BorderPane root = new BorderPane();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean selectingProgrammatically;

    LibraryPane(LibraryViewModel library, ReaderViewModel reader, Messages messages, LongConsumer open,
                ObservableValue<String> emptyText) {
        this.library = library;
        this.reader = reader;
        this.messages = messages;
        filter.setId("library-filter");
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(library.filterProperty());
        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new NodeCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (!selectingProgrammatically && item != null && !item.getValue().isCollection()) {
                open.accept(item.getValue().speech().id());
            }
        });
        placeholder.getStyleClass().add("library-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(emptyText);
        Label title = new Label(messages.get("library.title"));
        title.getStyleClass().add("pane-title");
        root.setTop(new VBox(title, filter));
        root.setCenter(new StackPane(tree, placeholder));
        root.getStyleClass().add("library-pane");
        subscriptions.add(library.rootsProperty().subscribe(this::fill));
        subscriptions.add(reader.documentProperty().subscribe(d -> selectOpenSpeech()));
    }

    Node node() {
        return root;
    }

    void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        filter.textProperty().unbindBidirectional(library.filterProperty());
        placeholder.textProperty().unbind();
    }

    /** Collections start folded, except while filtering, when every match should be in view. */
    private void fill(List<LibraryNode> roots) {
        boolean expand = library.isFiltering();
        List<TreeItem<LibraryNode>> items = roots.stream().map(node -> item(node, expand)).toList();
        selectingProgrammatically = true;
        try {
            // With a focused or selected row, TreeView finds the row of every added item, one by one: seconds
            // for ten thousand speeches. The new items replace every row anyway; the open speech is selected again.
            tree.getSelectionModel().clearSelection();
            tree.getFocusModel().focus(-1);
            tree.getRoot().getChildren().setAll(items);
        } finally {
            selectingProgrammatically = false;
        }
        placeholder.setVisible(roots.isEmpty());
        selectOpenSpeech();
    }

    private static TreeItem<LibraryNode> item(LibraryNode node, boolean expanded) {
        TreeItem<LibraryNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(new TreeItem<>(child)));
        item.setExpanded(expanded);
        return item;
    }

    /** Shows where the open speech sits, unfolding its collection if need be. */
    private void selectOpenSpeech() {
        Optional<Long> open = reader.openSpeechId();
        if (open.isEmpty()) {
            return;
        }
        findItem(tree.getRoot(), open.get()).ifPresent(item -> {
            selectingProgrammatically = true;
            try {
                if (item.getParent() != null) {
                    item.getParent().setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            } finally {
                selectingProgrammatically = false;
            }
        });
    }

    private static Optional<TreeItem<LibraryNode>> findItem(TreeItem<LibraryNode> parent, long speechId) {
        for (TreeItem<LibraryNode> child : parent.getChildren()) {
            Speech speech = child.getValue().speech();
            if (speech != null && speech.id() == speechId) {
                return Optional.of(child);
            }
            Optional<TreeItem<LibraryNode>> nested = findItem(child, speechId);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    void focusTree() {
        tree.requestFocus();
    }

    private final class NodeCell extends TreeCell<LibraryNode> {
        /** One per cell, not per item: a tooltip is a window of its own, costly to make at every scroll. */
        private final Tooltip tooltip = new Tooltip();

        NodeCell() {
            // Zero preferred width keeps long titles from widening the tree: they end in "…",
            // and the tooltip has them whole.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LibraryNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("collection", "speech");
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            if (node.isCollection()) {
                setText(messages.format("library.collection", node.title(), node.children().size()));
                getStyleClass().add("collection");
                tooltip.setText(node.title());
            } else {
                setText(node.title());
                getStyleClass().add("speech");
                tooltip.setText(describe(node.speech()));
            }
            setTooltip(tooltip);
        }

        private String describe(Speech speech) {
            StringBuilder text = new StringBuilder(speech.title());
            if (speech.date() != null) {
                text.append('\n').append(speech.date());
            }
            if (speech.author() != null) {
                text.append('\n').append(speech.author());
            }
            text.append('\n').append(messages.format("library.length", speech.charCount()));
            return text.toString();
        }
    }
}
