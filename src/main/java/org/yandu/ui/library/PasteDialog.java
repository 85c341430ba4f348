package org.yandu.ui.library;

import java.time.LocalDateTime;
import java.util.function.LongConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.yandu.importer.PastedSource;
import org.yandu.importer.UnfiledText;
import org.yandu.ui.base.Messages;

/**
 * File → New Speech from Clipboard, and text dropped on the window: the text is read off the FX thread, its title and
 * first paragraphs shown, and it is stored only when the reader says OK.
 */
public final class PasteDialog {
    private static final double WIDTH = 520;

    private PasteDialog() {
    }

    /** What the clipboard, or the dragboard of a drop (a kind of clipboard), holds: HTML and text preferred. */
    public static PasteViewModel.Offered offered(Clipboard clipboard) {
        return new PasteViewModel.Offered(clipboard.hasHtml() ? clipboard.getHtml() : null,
                clipboard.hasString() ? clipboard.getString() : null, clipboard.hasImage());
    }

    /** Refuses what holds no text with one line; reads the rest, then previews it for the reader to keep or not. */
    public static void offer(PasteViewModel.Offered offered, ImportController imports, LongConsumer open,
                             Messages messages, Window owner) {
        PasteViewModel model = new PasteViewModel(messages);
        String refusal = model.refusal(offered);
        if (refusal != null) {
            refuse(refusal, messages, owner);
            return;
        }
        UnfiledText text = model.text(offered, LocalDateTime.now());
        imports.readPasted(text, pasted -> preview(pasted, text, () -> imports.importPasted(pasted, open), messages,
                        owner),
                why -> refuse(why, messages, owner));
    }

    /** Shows what {@code pasted} holds; OK runs {@code keep}. */
    private static void preview(PastedSource pasted, UnfiledText text, Runnable keep, Messages messages,
                                Window owner) {
        PasteViewModel.Preview preview = PasteViewModel.preview(pasted);
        if (preview.speeches() == 0) {
            refuse(messages.format("refused.no_speech", text.name()), messages, owner);
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("paste.title"));
        dialog.setHeaderText(preview.speeches() == 1 ? messages.get("paste.header")
                : messages.format("paste.header.several", preview.speeches()));
        ButtonType ok = messages.okButton();
        dialog.getDialogPane().getButtonTypes().addAll(ok, messages.cancelButton());
        dialog.getDialogPane().lookupButton(ok).setId("paste-ok");
        dialog.getDialogPane().setContent(content(preview, messages));
        dialog.getDialogPane().setId("paste-dialog");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                keep.run();
            }
        });
        dialog.show();
    }

    private static VBox content(PasteViewModel.Preview preview, Messages messages) {
        Label title = wrapped(preview.title());
        title.setId("paste-title");
        title.getStyleClass().add("title-4");
        VBox content = new VBox(8, title);
        for (String paragraph : preview.paragraphs()) {
            Label shown = wrapped(paragraph);
            shown.getStyleClass().add("paste-paragraph");
            content.getChildren().add(shown);
        }
        if (preview.moreParagraphs() > 0) {
            Label more = wrapped(messages.format("paste.more", preview.moreParagraphs()));
            more.setId("paste-more");
            content.getChildren().add(more);
        }
        return content;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH);
        return label;
    }

    private static void refuse(String why, Messages messages, Window owner) {
        Alert alert = messages.alert(Alert.AlertType.INFORMATION, owner, "paste.title", why);
        alert.getDialogPane().setId("paste-refused");
        alert.show();
    }
}
