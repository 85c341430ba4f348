package org.yandu.ui.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yandu.library.SpeechCollection;
import org.yandu.settings.Language;
import org.yandu.ui.base.Messages;

/** Set an Assignment and Add a Member say what is missing or wrong, and hand over what the server is to do. */
class OrganiserFormsTest {
    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");

    @Test
    void anAssignmentReadsTheOpenSpeechOrACollectionByADayNotPast() {
        AssignViewModel assign = new AssignViewModel(Optional.of(new AssignViewModel.OpenSpeech(7, "树立正确的群众观")),
                TODAY);
        assertEquals("树立正确的群众观", assign.titleProperty().get(), "named after the open speech");
        assertEquals(TODAY.plusWeeks(1), assign.dueProperty().get(), "a week from today");
        assertEquals(List.of(7L), assign.assigning().speechIds());
        SpeechCollection week = new SpeechCollection(3, "第一周读本", "读本.docx", List.of(11L, 12L));
        assign.collectionProperty().set(week);
        assertEquals("第一周读本", assign.titleProperty().get(), "a title not typed follows the choice");
        assertEquals(List.of(11L, 12L), assign.assigning().speechIds());
        assign.titleProperty().set(" ");
        assertEquals(ENGLISH.get("group.assign.noTitle"), assign.problem(ENGLISH));
        assign.titleProperty().set("第一周：群众路线");
        assign.dueProperty().set(TODAY.minusDays(1));
        assertEquals(ENGLISH.get("group.assign.past"), assign.problem(ENGLISH));
        assign.dueProperty().set(null);
        assertEquals("", assign.problem(ENGLISH), "no due day is allowed");

        AssignViewModel nothing = new AssignViewModel(Optional.empty(), TODAY);
        nothing.titleProperty().set("第二周");
        assertEquals(ENGLISH.get("group.assign.nothing"), nothing.problem(ENGLISH));
    }

    @Test
    void aGroupIsCreatedAsTheAdministratorTheAddressNames() {
        CreateGroupViewModel create = new CreateGroupViewModel();
        assertEquals(ENGLISH.get("group.create.noAddress"), create.problem(ENGLISH));
        create.addressProperty().set("postgresql://db.example.org/studygroup");
        assertEquals(ENGLISH.get("group.create.noAdmin"), create.problem(ENGLISH));
        create.addressProperty().set("postgresql://admin@db.example.org/studygroup");
        assertEquals(ENGLISH.get("group.member.noName"), create.problem(ENGLISH), "then the organiser");
        create.organiser().nameProperty().set("zhou");
        assertEquals("", create.problem(ENGLISH));
        CreateGroupViewModel.Creating creating = create.creating();
        assertEquals(List.of("jdbc:postgresql://db.example.org/studygroup", "admin", "zhou", "zhou"),
                List.of(creating.jdbcUrl(), creating.admin(), creating.organiser(), creating.shownName()));
        assertEquals(null, creating.adminPassword(), "none typed: from the password file");
    }

    @Test
    void aMembersUserNameIsOneTheyCanTypeToLogIn() {
        AddMemberViewModel member = new AddMemberViewModel();
        assertEquals(ENGLISH.get("group.member.noName"), member.problem(ENGLISH));
        for (String refused : List.of("LiMing", "李明", "li ming", "1li", "li-ming")) {
            member.nameProperty().set(refused);
            assertEquals(ENGLISH.get("group.member.badName"), member.problem(ENGLISH), refused);
        }
        member.nameProperty().set(" wang_fang2 ");
        assertEquals("", member.problem(ENGLISH));
        assertEquals("wang_fang2", member.shownName(), "the user name when no name to show is given");
        member.displayNameProperty().set("王芳");
        assertEquals("王芳", member.shownName());
    }
}
