package org.yandu.ui.library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.textfield.TextFields;
import org.jspecify.annotations.Nullable;
import org.yandu.library.AssignedReading;
import org.yandu.library.ReadingProgress;
import org.yandu.library.Speech;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;

/** The library tree with its filter box; choosing a speech opens it. */
public final class LibraryPane {
    private final LibraryViewModel library;
    private final ObservableValue<SpeechDocument> openSpeech;
    private final Messages messages;
    private final TreeView<LibraryNode> tree = new TreeView<>(new TreeItem<>());
    private final TextField filter = TextFields.createClearableTextField();
    private final Label placeholder = new Label();
    private final BorderPane root = new BorderPane();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean selectingProgrammatically;

    /**
     * @param openSpeech the speech open in the reader, selected in the tree
     * @param export opens the Export dialog for a speech or collection, from the row's context menu
     */
    public LibraryPane(LibraryViewModel library, ObservableValue<SpeechDocument> openSpeech, Messages messages,
                LongConsumer open, BiConsumer<Long, Boolean> markRead, Consumer<LibraryNode> export,
                ObservableValue<String> emptyText) {
        this.library = library;
        this.openSpeech = openSpeech;
        this.messages = messages;
        filter.setId("library-filter");
        filter.setPromptText(messages.get("library.filter.prompt"));
        filter.textProperty().bindBidirectional(library.filterProperty());
        tree.setId("library-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new NodeCell(markRead, export));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            Speech speech = item == null ? null : item.getValue().speech();
            if (!selectingProgrammatically && speech != null) {
                open.accept(speech.id());
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
        subscriptions.add(openSpeech.subscribe(d -> selectOpenSpeech()));
        subscriptions.add(library.progressChangesProperty().subscribe(tree::refresh));
    }

    public Node node() {
        return root;
    }

    public void dispose() {
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

    /** A folder unfolds while filtering, when every match should be in view; a part never does, it is too long. */
    private static TreeItem<LibraryNode> item(LibraryNode node, boolean expanded) {
        if (!node.isFolder()) {
            return new TreeItem<>(node);
        }
        TreeItem<LibraryNode> item = new FolderItem(node);
        item.setExpanded(expanded && node.part() == null);
        return item;
    }

    /** Shows where the open speech sits, unfolding its folder if need be. */
    private void selectOpenSpeech() {
        SpeechDocument open = openSpeech.getValue();
        if (open == null) {
            return;
        }
        findItem(tree.getRoot().getChildren(), open.speech().id()).ifPresent(item -> {
            selectingProgrammatically = true;
            try {
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

    /**
     * The speech's first row among {@code items}, its folder unfolded: the folders' speeches are looked for in
     * the library's nodes, so that no folded folder's rows are made.
     */
    private static Optional<TreeItem<LibraryNode>> findItem(List<TreeItem<LibraryNode>> items, long speechId) {
        for (TreeItem<LibraryNode> item : items) {
            if (item.getValue().holds(speechId)) {
                if (!item.getValue().isFolder()) {
                    return Optional.of(item);
                }
                item.setExpanded(true);
                return findItem(item.getChildren(), speechId);
            }
        }
        return Optional.empty();
    }

    /**
     * A folder's row, whose speeches' rows are made when the tree first asks for them, as it unfolds: a library in
     * parts holds a thousand speeches a part, and a folded part costs one row.
     */
    private static final class FolderItem extends TreeItem<LibraryNode> {
        private boolean filled;

        FolderItem(LibraryNode folder) {
            super(folder);
        }

        @Override
        public boolean isLeaf() {
            return false;
        }

        @Override
        public ObservableList<TreeItem<LibraryNode>> getChildren() {
            if (!filled) {
                filled = true;
                super.getChildren().setAll(getValue().children().stream().map(TreeItem<LibraryNode>::new).toList());
            }
            return super.getChildren();
        }
    }

    public void focusTree() {
        tree.requestFocus();
    }

    /** A row: the title, and on the right a check mark once read or how far the reader has come. */
    private final class NodeCell extends TreeCell<LibraryNode> {
        private final Label title = new Label();
        private final Label progress = new Label();
        private final HBox row = new HBox(title, progress);
        private final BiConsumer<Long, Boolean> markRead;
        private final Consumer<LibraryNode> export;
        /**
         * The row's tooltip, made when first pointed at, then one per cell, not per item: a tooltip is a window of its
         * own, and a screen of rows making theirs (and their menus) at once held up the library's first showing.
         */
        private @Nullable Tooltip tooltip;
        private String tip = "";

        NodeCell(BiConsumer<Long, Boolean> markRead, Consumer<LibraryNode> export) {
            this.markRead = markRead;
            this.export = export;
            // Zero preferred width keeps long titles from widening the tree: they end in "…",
            // and the tooltip has them whole.
            setPrefWidth(0);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            progress.setMinWidth(Region.USE_PREF_SIZE);
            progress.getStyleClass().add("reading-mark");
            row.getStyleClass().add("library-row");
            // A right-click is for the row's menu; selecting would open the speech.
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.SECONDARY) {
                    e.consume();
                }
            });
            addEventFilter(MouseEvent.MOUSE_ENTERED, e -> showTip());
            // The menu is made as it is asked for; the cell then shows it as any control's.
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> setContextMenu(menu()));
        }

        /**
         * A row is drawn again when it shows another node, not a node equal to the last: a part's equality compares
         * its thousand speeches, and every row the tree lays out asked it.
         */
        @Override
        protected boolean isItemChanged(LibraryNode oldItem, LibraryNode newItem) {
            return oldItem != newItem;
        }

        @Override
        protected void updateItem(LibraryNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("collection", "assignment", "overdue", "speech", "read");
            setText(null);
            setContextMenu(null);
            if (empty || node == null) {
                setGraphic(null);
                setTooltip(null);
                tip = "";
                return;
            }
            Speech speech = node.speech();
            AssignedReading assignment = node.assignment();
            if (assignment != null) {
                showAssignment(node, assignment);
            } else if (speech == null) {
                LibraryNode.Part part = node.part();
                tip = part == null ? node.title() : messages.format("library.part", part.first(), part.last());
                title.setText(part == null ? messages.format("library.collection", tip, node.children().size()) : tip);
                progress.setText(collectionProgress(node));
                getStyleClass().add("collection");
            } else {
                ReadingProgress reading = library.progress(speech.id());
                title.setText(node.title());
                progress.setText(speechProgress(speech, reading));
                getStyleClass().add("speech");
                if (reading.read()) {
                    getStyleClass().add("read");
                }
                tip = describe(speech, reading);
            }
            showTip();
            setGraphic(row);
        }

        /** The row's tooltip, once it has been pointed at: kept in step with the row as the cell shows others. */
        private void showTip() {
            if (tip.isEmpty() || (tooltip == null && !isHover())) {
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(tip);
            setTooltip(tooltip);
        }

        /** The row's menu: a speech's read mark and export, a collection's export, an assignment's details. */
        private @Nullable ContextMenu menu() {
            LibraryNode node = getItem();
            if (isEmpty() || node == null) {
                return null;
            }
            Speech speech = node.speech();
            if (node.part() != null) {
                return null;
            }
            if (node.assignment() != null) {
                MenuItem details = new MenuItem(messages.get("library.assignment.details"));
                details.setOnAction(e -> showDetails());
                return new ContextMenu(details);
            }
            MenuItem exportNotes = new MenuItem(messages.get("library.exportNotes"));
            exportNotes.setOnAction(e -> export.accept(node));
            if (speech == null) {
                return new ContextMenu(exportNotes);
            }
            CheckMenuItem read = new CheckMenuItem(messages.get("library.markRead"));
            read.setSelected(library.progress(speech.id()).read());
            read.setOnAction(e -> markRead.accept(speech.id(), read.isSelected()));
            return new ContextMenu(read, new SeparatorMenuItem(), exportNotes);
        }

        /** An assignment: its title, how much of it is read or by when, and in the tooltip all it says. */
        private void showAssignment(LibraryNode node, AssignedReading assignment) {
            title.setText(messages.format("library.assignment", node.title(), node.children().size()));
            long read = readIn(node);
            LocalDate due = assignment.due();
            boolean done = read == node.children().size() && assignment.missing() == 0;
            progress.setText(done ? "✓" : due == null ? collectionProgress(node)
                    : messages.format("library.assignment.due", shortDate(due)));
            getStyleClass().add("assignment");
            if (!done && due != null && due.isBefore(LocalDate.now(ZoneId.systemDefault()))) {
                getStyleClass().add("overdue");
            }
            tip = assignment.title() + details(assignment, read, node.children().size());
        }

        /** The assignment's note, progress and (for an organiser) who has read it, in a box of its own. */
        private void showDetails() {
            LibraryNode node = getItem();
            AssignedReading assignment = node == null ? null : node.assignment();
            if (node != null && assignment != null) {
                Alert details = messages.alert(Alert.AlertType.INFORMATION, getScene().getWindow(),
                        "library.assignment.details", assignment.title());
                details.setContentText(details(assignment, readIn(node), node.children().size()).strip());
                details.showAndWait();
            }
        }

        /** What follows the assignment's title, each part on lines of its own below it. */
        private String details(AssignedReading assignment, long read, int speeches) {
            StringBuilder text = new StringBuilder();
            LocalDate due = assignment.due();
            if (due != null) {
                text.append('\n').append(messages.format("library.assignment.dueOn", DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()).format(due)));
            }
            if (!assignment.note().isBlank()) {
                text.append("\n\n").append(assignment.note().strip()).append('\n');
            }
            text.append('\n').append(messages.format("library.assignment.read", read, speeches));
            if (assignment.missing() > 0) {
                text.append('\n').append(messages.format("library.assignment.missing", assignment.missing()));
            }
            if (!assignment.readBy().isEmpty()) {
                text.append("\n\n").append(messages.get("library.assignment.readBy"));
                new TreeMap<>(assignment.readBy()).forEach((member, count) -> text.append('\n').append(
                        messages.format("library.assignment.member", member, count, speeches + assignment.missing())));
            }
            return text.toString();
        }

        /** A due day as short as the row needs: the month and day, with the year only when it is not this one. */
        private String shortDate(LocalDate day) {
            boolean thisYear = day.getYear() == LocalDate.now(ZoneId.systemDefault()).getYear();
            return DateTimeFormatter.ofPattern(messages.get(thisYear ? "library.assignment.day"
                    : "library.assignment.dayOfYear"), messages.locale()).format(day);
        }

        private long readIn(LibraryNode folder) {
            return folder.children().stream().map(LibraryNode::speech)
                    .filter(speech -> speech != null && library.progress(speech.id()).read()).count();
        }

        private String speechProgress(Speech speech, ReadingProgress reading) {
            if (reading.read()) {
                return "✓";
            }
            int percent = library.percentRead(speech);
            return percent > 0 ? percent + "%" : "";
        }

        private String collectionProgress(LibraryNode collection) {
            long read = readIn(collection);
            return read == 0 ? "" : read + "/" + collection.children().size() + " ✓";
        }

        private String describe(Speech speech, ReadingProgress reading) {
            StringBuilder text = new StringBuilder(speech.title());
            if (speech.date() != null) {
                text.append('\n').append(speech.date());
            }
            if (speech.author() != null) {
                text.append('\n').append(speech.author());
            }
            text.append('\n').append(messages.format("library.length", speech.charCount()));
            if (reading.read()) {
                text.append('\n').append(messages.format("library.readOn", Date.from(reading.readAt())));
            } else if (reading.lastOpened() != null) {
                text.append('\n').append(messages.format("library.percentRead", library.percentRead(speech)));
            }
            if (reading.secondsRead() > 0) {
                text.append('\n').append(
                        messages.format("library.timeRead", ReadingTime.format(reading.secondsRead(), messages)));
            }
            return text.toString();
        }
    }
}
