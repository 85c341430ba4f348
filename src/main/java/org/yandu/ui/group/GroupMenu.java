package org.yandu.ui.group;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.yandu.library.GroupMembership;
import org.yandu.library.group.Invitation;
import org.yandu.ui.base.Messages;
import org.yandu.ui.library.LibraryViewModel;
import org.yandu.ui.reader.ReaderViewModel;

/** The Group menu (sync, join, share the notes on the open speech, leave) and the status bar's sync state. */
public final class GroupMenu {
    private final GroupController group;
    private final Messages messages;
    private final Stage stage;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ReaderViewModel reader;
    private final OrganiserItems organiser;
    private final BiConsumer<String, Consumer<String>> pinyinOf;

    /** @param pinyinOf the pinyin of a word, for the term dialog of the group's glossary */
    public GroupMenu(GroupController group, Messages messages, Stage stage, ReaderViewModel reader,
                     LibraryViewModel library, BiConsumer<String, Consumer<String>> pinyinOf) {
        this.group = group;
        this.pinyinOf = pinyinOf;
        this.messages = messages;
        this.stage = stage;
        this.reader = reader;
        this.organiser = new OrganiserItems(group, messages, stage, reader, library);
        group.askPasswordsWith((member, refused) -> PasswordDialog.ask(stage, messages, member, refused));
    }

    /**
     * @param writable whether the library may be changed (not while only read beside another Yandu)
     * @param othersShown the setting: others' shared notes shown in the margin and the notes pane
     */
    public Menu menu(ObservableBooleanValue writable, BooleanProperty othersShown) {
        BooleanBinding member = Bindings.createBooleanBinding(() -> group.membershipProperty().get().isPresent(),
                group.membershipProperty());
        BooleanBinding noSpeech = Bindings.createBooleanBinding(() -> reader.openSpeechId().isEmpty(),
                reader.documentProperty());
        MenuItem sync = item("menu.group.sync", group::syncNow);
        sync.setId("menu-group-sync");
        sync.disableProperty().bind(member.not());
        MenuItem join = item("menu.group.join", this::join);
        join.setId("menu-group-join");
        join.disableProperty().bind(member.or(Bindings.not(writable)));
        MenuItem share = item("menu.group.shareSpeech",
                () -> reader.openSpeechId().ifPresent(id -> group.shareNotesOn(id, true)));
        share.setId("menu-group-share");
        MenuItem keep = item("menu.group.keepSpeech",
                () -> reader.openSpeechId().ifPresent(id -> group.shareNotesOn(id, false)));
        share.disableProperty().bind(member.not().or(noSpeech));
        keep.disableProperty().bind(member.not().or(noSpeech));
        CheckMenuItem others = new CheckMenuItem(messages.get("menu.group.othersNotes"));
        others.setId("menu-group-others");
        others.selectedProperty().bindBidirectional(othersShown);
        subscriptions.add(() -> others.selectedProperty().unbindBidirectional(othersShown));
        others.disableProperty().bind(member.not());
        MenuItem glossary = item("menu.group.glossary",
                () -> GroupGlossaryDialog.show(stage, messages, group, pinyinOf));
        glossary.setId("menu-group-glossary");
        glossary.disableProperty().bind(member.not());
        MenuItem create = item("menu.group.create", this::create);
        create.setId("menu-group-create");
        create.disableProperty().bind(member.or(Bindings.not(writable)));
        MenuItem leave = item("menu.group.leave", this::leave);
        leave.setId("menu-group-leave");
        leave.disableProperty().bind(member.not());
        Menu menu = new Menu(messages.get("menu.group"), null, sync, new SeparatorMenuItem(), share, keep, others,
                glossary, new SeparatorMenuItem());
        menu.getItems().addAll(organiser.items());
        menu.getItems().addAll(new SeparatorMenuItem(), join, create, leave);
        menu.setId("menu-group");
        return menu;
    }

    /** The sync state in the status bar; clicking it syncs now. Hidden while the library belongs to no group. */
    public Hyperlink statusLink() {
        Hyperlink link = new Hyperlink();
        link.setId("group-status");
        link.getStyleClass().add("group-status");
        link.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        link.setTooltip(tip);
        link.setOnAction(e -> group.syncNow());
        subscriptions.add(group.stateProperty().subscribe(state -> {
            String user = group.membershipProperty().get().map(GroupMembership::user).orElse("");
            link.setText(state.text(messages, user));
            boolean trouble = state.kind() == GroupSyncState.Kind.OFFLINE || state.kind() == GroupSyncState.Kind.FAILED
                    || state.kind() == GroupSyncState.Kind.NEEDS_PASSWORD;
            link.getStyleClass().remove("group-trouble");
            if (trouble) {
                link.getStyleClass().add("group-trouble");
            }
            link.setVisible(state.kind() != GroupSyncState.Kind.NO_GROUP);
            link.setManaged(link.isVisible());
            tip.setText(group.membershipProperty().get().map(m -> messages.format("group.status.tip", m.user(),
                    m.address())).orElse("") + (state.detail().isEmpty() ? "" : "\n\n" + state.detail()));
        }));
        return link;
    }

    /** The window built with this menu is replaced (the language changed) or closed. */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
    }

    private void join() {
        join(Optional.empty());
    }

    /** @param invitation the organiser's, of a group just created here: only their own password is left to type */
    private void join(Optional<Invitation> invitation) {
        JoinDialog.show(stage, messages, invitation).ifPresent(join -> group.join(join.jdbcUrl(), join.user(),
                join.temporary(), join.chosen(), why -> GroupAlerts.failed(stage, messages, "group.join.title",
                "group.join.failed", join.user(), why)));
    }

    /** Sets a group up as its database's administrator, then joins this library as its organiser. */
    private void create() {
        CreateGroupDialog.show(stage, messages).ifPresent(creating -> group.create(creating.jdbcUrl(),
                creating.admin(), creating.adminPassword(), creating.organiser(), creating.shownName(),
                invitation -> join(Optional.of(invitation)), why -> GroupAlerts.failed(stage, messages,
                        "group.create.title", "group.create.failed", creating.admin(), why)));
    }

    private void leave() {
        Optional<GroupMembership> member = group.membershipProperty().get();
        if (member.isEmpty()) {
            return;
        }
        Alert ask = messages.alert(Alert.AlertType.CONFIRMATION, stage, "group.leave.title",
                messages.format("group.leave.header", member.get().address(), member.get().user()));
        ask.setContentText(messages.format("group.leave.content", group.stateProperty().get().waiting()));
        ButtonType leave = new ButtonType(messages.get("group.leave.button"), ButtonType.OK.getButtonData());
        ask.getButtonTypes().setAll(leave, messages.cancelButton());
        ask.showAndWait().filter(leave::equals).ifPresent(b -> group.leave());
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
