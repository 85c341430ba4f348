package org.yandu.ui.reader;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import org.yandu.reading.OutlineEntry;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;

/** The headings and lead-ins of the open speech; choosing one jumps there, and it follows the reading. */
public final class OutlinePane {
    private static final double INDENT_EMS = 1.2;

    private final ReaderViewModel reader;
    private final ListView<OutlineEntry> list = new ListView<>();
    private final BorderPane root = new BorderPane();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public OutlinePane(ReaderViewModel reader, Messages messages) {
        this.reader = reader;
        Label title = new Label(messages.get("outline.title"));
        title.getStyleClass().add("pane-title");
        list.setId("outline");
        list.getStyleClass().add("outline-list");
        Label empty = new Label(messages.get("outline.empty"));
        empty.getStyleClass().add("outline-placeholder");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(v -> new EntryCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                reader.jumpTo(list.getSelectionModel().getSelectedItem());
            }
        });
        root.setTop(title);
        root.setCenter(list);
        root.getStyleClass().add("outline-pane");
        subscriptions.add(reader.documentProperty().subscribe(d -> {
            empty.setVisible(d != null);
            list.getItems().setAll(reader.outline());
        }));
        subscriptions.add(reader.currentEntryProperty().subscribe(this::follow));
        subscriptions.add(reader.scriptProperty().subscribe(script -> list.refresh()));
    }

    public Node node() {
        return root;
    }

    /** Puts the keys in the list of headings. */
    public void focus() {
        list.requestFocus();
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    /** Marks the section being read and keeps it in sight without jerking the list around. */
    private void follow(OutlineEntry entry) {
        if (entry == null) {
            list.getSelectionModel().clearSelection();
            return;
        }
        list.getSelectionModel().select(entry);
        int index = list.getItems().indexOf(entry);
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && (index <= first.getIndex() || index >= last.getIndex())) {
                list.scrollTo(Math.max(0, index - 2));
            }
        }
    }

    private final class EntryCell extends ListCell<OutlineEntry> {
        EntryCell() {
            // Zero preferred width keeps long headings from widening the list; they end in "…" instead.
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    reader.jumpTo(getItem());
                }
            });
        }

        @Override
        protected void updateItem(OutlineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("outline-heading", "outline-lead-in");
            if (empty || entry == null) {
                setText(null);
                setTooltip(null);
                setPadding(Insets.EMPTY);
                return;
            }
            DisplayScript script = reader.scriptProperty().get();
            setText(script == null ? entry.label() : script.shownPart(entry.label(), entry.itemIndex()));
            SpeechDocument open = reader.documentProperty().get();
            if (open != null && entry.itemIndex() < open.items().size()) {
                String text = open.items().get(entry.itemIndex()).text();
                setTooltip(new Tooltip(script == null ? text : script.shown(entry.itemIndex(), text)));
            }
            getStyleClass().add(entry.leadIn() ? "outline-lead-in" : "outline-heading");
            double indent = entry.depth() * INDENT_EMS * getFont().getSize();
            setPadding(new Insets(4, 8, 4, 8 + indent));
        }
    }
}
