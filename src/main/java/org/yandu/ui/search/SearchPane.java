package org.yandu.ui.search;

import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.textfield.TextFields;
import org.jspecify.annotations.Nullable;
import org.yandu.search.SearchResults;
import org.yandu.search.TextMatches;
import org.yandu.ui.base.Keys;
import org.yandu.ui.base.Messages;

/**
 * The library-wide search box and, while it holds a query, its results in place of the library tree:
 * grouped by speech, each match's sentence with the match highlighted, a match in a speech's title, subtitle,
 * abstract or keywords labelled so. Clicking a match opens the speech there (at its top for a field).
 */
public final class SearchPane {
    /** What choosing a result does in the reader. */
    public interface Reader {
        void openSpeech(long speechId);

        /** Opens a speech at a paragraph with the matched sentence marked. */
        void openSpeechAt(long speechId, int paragraph, String sentence, int highlightStart, int highlightEnd);
    }

    private final SearchViewModel search;
    private final Messages messages;
    private final Reader reader;
    private final TextField field = TextFields.createClearableTextField();
    private final ListView<SearchViewModel.Row> list = new ListView<>();
    private final Label summary = new Label();
    private final VBox results;

    public SearchPane(SearchViewModel search, Reader reader, Messages messages) {
        this.search = search;
        this.reader = reader;
        this.messages = messages;
        field.setId("search-field");
        field.setPromptText(messages.format("search.prompt", Keys.SEARCH_LIBRARY.getDisplayText()));
        field.textProperty().bindBidirectional(search.queryProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        list.setId("search-results");
        list.setItems(search.rows());
        list.setCellFactory(v -> new RowCell());
        list.getStyleClass().add("search-results");
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activate(list.getSelectionModel().getSelectedItem());
            }
        });
        summary.getStyleClass().add("search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> search.searchingProperty().get()
                        ? messages.get("search.searching")
                        : search.totalProperty().get() == 0
                        ? messages.format("search.none", search.queryProperty().get().strip())
                        : messages.format(search.totalExactProperty().get() ? "search.total" : "search.totalAtLeast",
                                search.totalProperty().get()),
                search.searchingProperty(), search.totalProperty(), search.totalExactProperty(),
                search.queryProperty()));
        results = new VBox(summary, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        results.getStyleClass().add("search-pane");
        results.visibleProperty().bind(search.queryProperty().map(q -> !q.isBlank()));
    }

    public Node field() {
        return field;
    }

    /** Shown over the library tree while there is a query. */
    public Node results() {
        return results;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public void dispose() {
        field.textProperty().unbindBidirectional(search.queryProperty());
        summary.textProperty().unbind();
        results.visibleProperty().unbind();
    }

    private void activate(SearchViewModel.Row row) {
        if (row instanceof SearchViewModel.MatchRow match) {
            SearchResults.Match hit = match.match();
            reader.openSpeechAt(match.speechId(), hit.paragraphPosition(), hit.sentence(), hit.highlightStart(),
                    hit.highlightEnd());
        } else if (row instanceof SearchViewModel.MoreRow) {
            search.more();
        } else if (row instanceof SearchViewModel.SpeechRow speech) {
            reader.openSpeech(speech.speechId());
        }
    }

    /**
     * A row as tall as its wrapped text at the list's width, whatever the width or font size: the cell asks for no
     * width of its own (so the list gives it the viewport's) and shows only its graphic, so the label skin lays the
     * sentence out at the cell's width when the list asks the cell's height. A fixed width bound to the list's
     * made rows as tall as the text laid out at another width, and wrapped lines ran under the next row.
     */
    private final class RowCell extends ListCell<SearchViewModel.Row> {
        RowCell() {
            setOnMouseClicked(e -> activate(getItem()));
            setCursor(Cursor.HAND);
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(SearchViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-speech", "search-match", "search-more");
            setText(null);
            setGraphic(null);
            setContentDisplay(ContentDisplay.LEFT);
            if (empty || row == null) {
                return;
            }
            if (row instanceof SearchViewModel.SpeechRow speech) {
                getStyleClass().add("search-speech");
                setText(speech.title());
            } else if (row instanceof SearchViewModel.MatchRow match) {
                getStyleClass().add("search-match");
                setGraphic(labelled(match.labelKey(), sentence(match.match())));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else if (row instanceof SearchViewModel.MoreRow more) {
                getStyleClass().add("search-more");
                setText(more.exact() ? messages.format("search.more", more.remaining())
                        : messages.get("search.moreUncounted"));
            }
        }

        /** The sentence under the label of the field it is from, if it is from one. */
        private Node labelled(@Nullable String labelKey, Node sentence) {
            if (labelKey == null) {
                return sentence;
            }
            Label label = new Label(messages.get(labelKey));
            label.getStyleClass().add("search-field");
            return new VBox(label, sentence);
        }

        /** The sentence with every occurrence of the query marked. */
        private Node sentence(SearchResults.Match match) {
            String s = match.sentence();
            TextFlow flow = new TextFlow();
            int shown = 0;
            for (TextMatches.Span mark : match.marks()) {
                int from = Math.max(shown, Math.min(mark.start(), s.length()));
                int to = Math.max(from, Math.min(mark.end(), s.length()));
                flow.getChildren().addAll(text(s.substring(shown, from), false), text(s.substring(from, to), true));
                shown = to;
            }
            flow.getChildren().add(text(s.substring(shown), false));
            return flow;
        }

        private static Text text(String part, boolean hit) {
            Text text = new Text(part);
            text.getStyleClass().add("search-text");
            if (hit) {
                text.getStyleClass().add("search-hit");
            }
            return text;
        }
    }
}
