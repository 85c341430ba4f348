package org.yandu.ui.group;

import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yandu.ui.base.Messages;

/**
 * What Add a Member holds: the user name they will log in with (lowercase letters, digits and _, starting with a
 * letter: PostgreSQL's tools fold unquoted names to lowercase, so anything else would have to be typed in quotes)
 * and the name the group shows (their user name if left empty).
 */
final class AddMemberViewModel {
    private static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");

    StringProperty nameProperty() {
        return name;
    }

    StringProperty displayNameProperty() {
        return displayName;
    }

    String problem(Messages messages) {
        if (name.get().isBlank()) {
            return messages.get("group.member.noName");
        }
        return USER_NAME.matcher(name.get().strip()).matches() ? "" : messages.get("group.member.badName");
    }

    String userName() {
        return name.get().strip();
    }

    String shownName() {
        return displayName.get().isBlank() ? userName() : displayName.get().strip();
    }
}
