package org.yandu.ui.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;
import org.yandu.failure.Explanation;
import org.yandu.glossary.InvalidTermException;
import org.yandu.library.HighlightColor;
import org.yandu.settings.Language;

/** The interface texts in one language; {@code messages.properties} is English, {@code messages_zh} Chinese. */
public final class Messages {
    private static final String BUNDLE = "org.yandu.ui.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** Without fallback to the default locale, so choosing English on a Chinese system gives English. */
    public static Messages of(Language language) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A highlight colour's name, as in the Edit menu and the colour chips' tooltips. */
    public String colour(HighlightColor color) {
        return get("colour." + color.name().toLowerCase(Locale.ROOT));
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, @Nullable Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }

    /**
     * Why a glossary change failed: a refused term in words of its own, a file's failure by its reason ("The disk
     * is full."), an error nobody foresaw as "reason unknown" (the log has it).
     */
    public String glossaryError(Throwable e) {
        if (e instanceof InvalidTermException invalid) {
            return explain(invalid.explanation());
        }
        Explanation why = ErrorText.explanation(e);
        return format("error.glossary", why != null ? explain(why) : get("error.reasonUnknown"));
    }

    /** The sentence of a failure's reason, with its arguments; an argument that is an explanation gives its own. */
    public String explain(Explanation why) {
        Object[] arguments = why.arguments().stream()
                .map(a -> a instanceof Explanation inner ? explain(inner) : a).toArray();
        return format(why.reason().messageKey(), arguments);
    }

    /** An information, warning or error box whose OK button is in the window's language. */
    public Alert alert(Alert.AlertType type) {
        return new Alert(type, "", okButton());
    }

    /** {@link #alert(Alert.AlertType)} over {@code owner}, titled by {@code titleKey}, with {@code header}. */
    public Alert alert(Alert.AlertType type, Window owner, String titleKey, String header) {
        Alert alert = alert(type);
        alert.initOwner(owner);
        alert.setTitle(get(titleKey));
        alert.setHeaderText(header);
        return alert;
    }

    /** Dialog buttons in the window's language: JavaFX's own ButtonType.OK and CANCEL follow the system's. */
    public ButtonType okButton() {
        return new ButtonType(get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public ButtonType cancelButton() {
        return new ButtonType(get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }
}
