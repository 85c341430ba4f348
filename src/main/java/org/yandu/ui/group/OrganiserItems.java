package org.yandu.ui.group;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.yandu.library.GroupMembership;
import org.yandu.library.SpeechCollection;
import org.yandu.library.group.GroupException;
import org.yandu.library.group.GroupMember;
import org.yandu.reading.SpeechDocument;
import org.yandu.ui.base.Messages;
import org.yandu.ui.library.LibraryViewModel;
import org.yandu.ui.reader.ReaderViewModel;

/**
 * The organiser's part of the Group menu: publish the open speech or a collection, set an assignment, add a member
 * (their invitation shown once) and remove one. Each is disabled for a member who does not organise the group; the
 * server's policies refuse it to them in any case.
 */
final class OrganiserItems {
    private final GroupController group;
    private final Messages messages;
    private final Stage stage;
    private final ReaderViewModel reader;
    private final LibraryViewModel library;

    OrganiserItems(GroupController group, Messages messages, Stage stage, ReaderViewModel reader,
                   LibraryViewModel library) {
        this.group = group;
        this.messages = messages;
        this.stage = stage;
        this.reader = reader;
        this.library = library;
    }

    List<MenuItem> items() {
        BooleanBinding notOrganiser = group.organiserProperty().not();
        BooleanBinding noSpeech = Bindings.createBooleanBinding(() -> reader.openSpeechId().isEmpty(),
                reader.documentProperty());
        MenuItem publish = item("menu.group.publishSpeech", "menu-group-publish", this::publishSpeech);
        publish.disableProperty().bind(notOrganiser.or(noSpeech));
        MenuItem collection = item("menu.group.publishCollection", "menu-group-publish-collection",
                this::publishCollection);
        MenuItem assign = item("menu.group.assign", "menu-group-assign", this::assign);
        MenuItem add = item("menu.group.addMember", "menu-group-add-member", this::addMember);
        MenuItem remove = item("menu.group.removeMember", "menu-group-remove-member", this::removeMember);
        for (MenuItem organisers : List.of(collection, assign, add, remove)) {
            organisers.disableProperty().bind(notOrganiser);
        }
        return List.of(publish, collection, assign, add, remove);
    }

    private void publishSpeech() {
        SpeechDocument open = reader.documentProperty().get();
        if (open != null) {
            publish(List.of(open.speech().id()), open.speech().title());
        }
    }

    private void publishCollection() {
        chooseCollection().ifPresent(chosen -> group.publish(chosen, published(chosen.title()),
                failed("group.publish.title", "group.publish.failed")));
    }

    private void publish(List<Long> speechIds, String what) {
        group.publish(speechIds, published(what), failed("group.publish.title", "group.publish.failed"));
    }

    private IntConsumer published(String what) {
        return published -> GroupAlerts.done(stage, messages, "group.publish.title",
                messages.format("group.publish.done", what, published));
    }

    private Optional<SpeechCollection> chooseCollection() {
        List<SpeechCollection> collections = library.snapshot().collections();
        if (collections.isEmpty()) {
            GroupAlerts.done(stage, messages, "group.publish.title", messages.get("group.publish.noCollections"));
            return Optional.empty();
        }
        List<String> titles = collections.stream().map(c -> messages.format("library.collection", c.title(),
                c.speechIds().size())).toList();
        ChoiceDialog<String> choose = new ChoiceDialog<>(titles.get(0), titles);
        choose.initOwner(stage);
        choose.setTitle(messages.get("group.publish.title"));
        choose.setHeaderText(messages.get("group.publish.chooseCollection"));
        return choose.showAndWait().map(title -> collections.get(titles.indexOf(title)));
    }

    private void assign() {
        Optional<AssignViewModel.OpenSpeech> open = Optional.ofNullable(reader.documentProperty().get())
                .map(document -> new AssignViewModel.OpenSpeech(document.speech().id(), document.speech().title()));
        AssignDialog.show(stage, messages, open, library.snapshot().collections()).ifPresent(set ->
                group.assign(set.title(), set.due(), set.note(), set.speechIds(),
                        () -> GroupAlerts.done(stage, messages, "group.assign.title",
                                messages.format("group.assign.done", set.title())),
                        failed("group.assign.title", "group.assign.failed")));
    }

    private void addMember() {
        AddMemberDialog.show(stage, messages).ifPresent(adding -> group.addMember(adding.userName(),
                adding.shownName(), invitation -> InvitationDialog.show(stage, messages, invitation),
                why -> GroupAlerts.failed(stage, messages, "group.member.title", "group.member.failed",
                        adding.userName(), why)));
    }

    private void removeMember() {
        String me = group.membershipProperty().get().map(GroupMembership::user).orElse("");
        group.members(members -> {
            List<GroupMember> others = members.stream().filter(m -> m.active() && !m.name().equals(me)).toList();
            if (others.isEmpty()) {
                GroupAlerts.done(stage, messages, "group.remove.title", messages.get("group.remove.none"));
                return;
            }
            List<String> names = others.stream().map(m -> messages.format("group.remove.member", m.displayName(),
                    m.name())).toList();
            ChoiceDialog<String> choose = new ChoiceDialog<>(names.get(0), names);
            choose.initOwner(stage);
            choose.setTitle(messages.get("group.remove.title"));
            choose.setHeaderText(messages.get("group.remove.header"));
            choose.showAndWait().map(name -> others.get(names.indexOf(name))).filter(this::confirmRemoval)
                    .ifPresent(member -> group.removeMember(member.name(), () -> { },
                            failed("group.remove.title", "group.remove.failed")));
        });
    }

    private boolean confirmRemoval(GroupMember member) {
        Alert ask = messages.alert(Alert.AlertType.CONFIRMATION, stage, "group.remove.title",
                messages.format("group.remove.confirm", member.displayName()));
        ask.setContentText(messages.get("group.remove.content"));
        ButtonType remove = new ButtonType(messages.get("group.remove.button"), ButtonType.OK.getButtonData());
        ask.getButtonTypes().setAll(remove, messages.cancelButton());
        return ask.showAndWait().filter(remove::equals).isPresent();
    }

    private Consumer<GroupException> failed(String titleKey, String whatKey) {
        String me = group.membershipProperty().get().map(GroupMembership::user).orElse("");
        return why -> GroupAlerts.failed(stage, messages, titleKey, whatKey, me, why);
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
