package org.yandu.ui.glossary;

import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.yandu.glossary.CedictFile;
import org.yandu.glossary.CedictHeader;
import org.yandu.glossary.GlossaryService;
import org.yandu.glossary.GlossarySource;
import org.yandu.glossary.ParseReport;
import org.yandu.ui.base.Messages;

/** The dictionaries in use, CC-CEDICT's licence and attribution, and the report of a CC-CEDICT import. */
public final class DictionaryDialog {
    static final String CEDICT_PAGE = "https://www.mdbg.net/chinese/dictionary?page=cc-cedict";
    static final String LICENCE_PAGE = "https://creativecommons.org/licenses/by-sa/4.0/";

    private DictionaryDialog() {
    }

    public static void show(Stage owner, Messages messages, @Nullable GlossaryService glossary,
                            @Nullable HostServices host) {
        Alert alert = messages.alert(Alert.AlertType.INFORMATION, owner, "dictionary.title",
                messages.get("dictionary.header"));
        VBox box = new VBox(8);
        box.setPrefWidth(520);
        if (glossary == null) {
            box.getChildren().add(wrapped(messages.get("status.dictionariesLoading")));
        } else {
            box.getChildren().add(wrapped(messages.format("dictionary.sizes",
                    glossary.glossary().size(GlossarySource.STUDY), glossary.glossary().size(GlossarySource.USER),
                    glossary.glossary().size(GlossarySource.CEDICT))));
            box.getChildren().add(wrapped(glossary.cedictHeader().map(h -> cedictText(messages, h))
                    .orElse(messages.get("dictionary.noCedict"))));
        }
        box.getChildren().add(link(messages.get("dictionary.download"), CEDICT_PAGE, host));
        box.getChildren().add(link(messages.get("dictionary.licence"), LICENCE_PAGE, host));
        alert.getDialogPane().setContent(box);
        alert.show();
    }

    static String cedictText(Messages messages, CedictHeader header) {
        return messages.format("dictionary.cedict", header.version().orElse("?"), header.date().orElse("?"),
                header.licence().orElse("CC BY-SA 4.0"));
    }

    public static void showReport(Stage owner, Messages messages, CedictFile cedict) {
        ParseReport report = cedict.report();
        Alert.AlertType type = report.malformed() == 0 ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING;
        Alert alert = messages.alert(type, owner, "dictionary.imported.title",
                messages.format("dictionary.imported", report.entries(), report.malformed()));
        StringBuilder text = new StringBuilder(cedictText(messages, cedict.header()));
        report.problems().stream().limit(5).forEach(p -> text.append('\n').append(p));
        alert.setContentText(text.toString());
        alert.show();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Hyperlink link(String text, String url, @Nullable HostServices host) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> {
            if (host != null) {
                host.showDocument(url);
            }
        });
        return link;
    }
}
