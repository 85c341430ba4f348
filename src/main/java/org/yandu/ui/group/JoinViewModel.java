package org.yandu.ui.group;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yandu.library.group.GroupAddress;
import org.yandu.library.group.GroupMembers;
import org.yandu.library.group.Invitation;
import org.yandu.ui.base.Messages;

/**
 * What the Join a Group dialog holds, from the invitation (the group's address, the user name, the temporary
 * password) and the reader's own new password, typed twice; and, while it cannot be sent, why not.
 */
final class JoinViewModel {
    /** What joining takes, once every field is right. */
    record Join(String jdbcUrl, String user, char[] temporary, char[] chosen) {
    }

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty temporary = new SimpleStringProperty("");
    private final StringProperty chosen = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");

    /** Fills in what an invitation says, so only the reader's own password is left to type. */
    void fillFrom(Invitation invitation) {
        address.set(GroupAddress.forMembers(invitation.url()));
        user.set(invitation.user());
        temporary.set(invitation.temporaryPassword());
    }

    StringProperty addressProperty() {
        return address;
    }

    StringProperty userProperty() {
        return user;
    }

    StringProperty temporaryProperty() {
        return temporary;
    }

    StringProperty chosenProperty() {
        return chosen;
    }

    StringProperty againProperty() {
        return again;
    }

    /** Why the dialog cannot join yet, in the window's language; empty once it can. */
    String problem(Messages messages) {
        if (address.get().isBlank()) {
            return messages.get("group.join.noAddress");
        }
        if (parsed().isEmpty()) {
            return messages.get("group.join.badAddress");
        }
        if (user.get().isBlank()) {
            return messages.get("group.join.noUser");
        }
        if (temporary.get().isEmpty()) {
            return messages.get("group.join.noTemporary");
        }
        if (chosen.get().length() < GroupMembers.MIN_PASSWORD) {
            return messages.format("group.join.short", GroupMembers.MIN_PASSWORD);
        }
        if (chosen.get().equals(temporary.get())) {
            return messages.get("group.join.sameAsTemporary");
        }
        return chosen.get().equals(again.get()) ? "" : messages.get("group.join.differ");
    }

    /** What to join with; only once {@link #problem} is empty. */
    Join join() {
        GroupAddress group = parsed().orElseThrow();
        return new Join(group.jdbcUrl(), user.get().strip(), temporary.get().toCharArray(),
                chosen.get().toCharArray());
    }

    private Optional<GroupAddress> parsed() {
        return GroupAddress.readable(address.get().strip());
    }
}
