package org.yandu.library.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The address of another database of the same server keeps the server, the user and the options. */
class GroupAddressTest {
    @Test
    void anotherDatabaseOfTheSameServerKeepsItsUserAndOptions() {
        GroupAddress admin = GroupAddress.parse("postgresql://postgres@db.example.org:5433/postgres"
                + "?sslmode=verify-full");

        GroupAddress group = admin.withDatabase("学习小组");

        assertEquals("学习小组", group.database());
        assertEquals("postgres", group.user());
        assertEquals("jdbc:postgresql://db.example.org:5433/%E5%AD%A6%E4%B9%A0%E5%B0%8F%E7%BB%84"
                + "?sslmode=verify-full", group.jdbcUrl());
    }
}
