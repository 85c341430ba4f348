package org.yandu.ui.group;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.yandu.library.group.GroupAddress;
import org.yandu.ui.base.Messages;

/**
 * What Create a Group holds: the database an administrator made for the group, as that administrator (who may
 * create roles), their password unless PostgreSQL's password file has it, and the first organiser: a user name and
 * the name members see.
 */
final class CreateGroupViewModel {
    /** What creating takes, once {@link #problem} is empty. */
    record Creating(String jdbcUrl, String admin, char @Nullable [] adminPassword, String organiser,
                    String shownName) {
    }

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty adminPassword = new SimpleStringProperty("");
    private final AddMemberViewModel organiser = new AddMemberViewModel();

    StringProperty addressProperty() {
        return address;
    }

    StringProperty adminPasswordProperty() {
        return adminPassword;
    }

    /** The first organiser, named as any member is. */
    AddMemberViewModel organiser() {
        return organiser;
    }

    String problem(Messages messages) {
        if (address.get().isBlank()) {
            return messages.get("group.create.noAddress");
        }
        Optional<GroupAddress> parsed = parsed();
        if (parsed.isEmpty()) {
            return messages.get("group.join.badAddress");
        }
        if (parsed.get().user() == null) {
            return messages.get("group.create.noAdmin");
        }
        return organiser.problem(messages);
    }

    Creating creating() {
        GroupAddress group = parsed().orElseThrow();
        return new Creating(group.jdbcUrl(), String.valueOf(group.user()),
                adminPassword.get().isEmpty() ? null : adminPassword.get().toCharArray(), organiser.userName(),
                organiser.shownName());
    }

    private Optional<GroupAddress> parsed() {
        return GroupAddress.readable(address.get().strip());
    }
}
