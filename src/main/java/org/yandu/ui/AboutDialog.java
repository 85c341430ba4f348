package org.yandu.ui;

import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Help → About: name, version and licences. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Stage owner, Messages messages) {
        Alert about = messages.alert(Alert.AlertType.INFORMATION, owner, "about.title",
                messages.format("about.header", version(messages)));
        about.setContentText(messages.get("about.text"));
        about.show();
    }

    /** The jar manifest's version; a build run from the classes folder has none. */
    private static String version(Messages messages) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        return version != null ? version : messages.get("about.devVersion");
    }
}
