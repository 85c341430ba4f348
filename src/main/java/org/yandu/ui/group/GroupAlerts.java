package org.yandu.ui.group;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.yandu.library.group.GroupException;
import org.yandu.ui.base.Messages;

/** What the group's server did or refused, told in a box over the window: our words first, the server's below. */
final class GroupAlerts {
    private GroupAlerts() {
    }

    /**
     * @param whatKey the sentence of what did not happen, with the trouble as its argument
     * @param user the member the trouble names (whose password was refused, who was refused)
     */
    static void failed(Window owner, Messages messages, String titleKey, String whatKey, String user,
                       GroupException why) {
        Alert alert = messages.alert(Alert.AlertType.ERROR, owner, titleKey,
                messages.format(whatKey, messages.format("group.trouble." + why.trouble(), user)));
        alert.setContentText(why.getMessage());
        alert.showAndWait();
    }

    static void done(Window owner, Messages messages, String titleKey, String header) {
        messages.alert(Alert.AlertType.INFORMATION, owner, titleKey, header).showAndWait();
    }
}
