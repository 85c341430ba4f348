package org.yandu.ui.group;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.yandu.library.group.GroupAddress;
import org.yandu.library.group.Invitation;
import org.yandu.ui.base.Messages;

/**
 * A new member's invitation, shown once: the group's address, their user name and temporary password, to be given
 * to them alone. Yandu keeps no copy; Copy puts all of it on the clipboard, with how to join.
 */
final class InvitationDialog {
    private InvitationDialog() {
    }

    static void show(Window owner, Messages messages, Invitation invitation) {
        String address = GroupAddress.forMembers(invitation.url());
        String text = messages.format("group.invitation.text", address, invitation.user(),
                invitation.temporaryPassword());
        Button copy = new Button(messages.get("group.invitation.copy"));
        copy.setId("group-invitation-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        GroupForm form = new GroupForm(messages)
                .field("group.join.address", shown(address, "group-invitation-address"))
                .field("group.join.user", shown(invitation.user(), "group-invitation-user"))
                .field("group.join.temporary", shown(invitation.temporaryPassword(), "group-invitation-password"))
                .field("group.invitation.copyLabel", copy)
                .note("group.invitation.once");
        Dialog<Void> dialog = form.shown(owner, "group.invitation.title",
                messages.format("group.invitation.header", invitation.user()), messages.okButton());
        dialog.showAndWait();
    }

    /** Read-only, but selectable and copyable. */
    private static TextField shown(String value, String id) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        return field;
    }
}
