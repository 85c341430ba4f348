package org.yandu.library.group;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every query a sync runs can be served by an index on the change number, row-level security included: with
 * sequential scans ruled out, PostgreSQL still finds a plan for each without one. (On the tests' few rows it
 * would rightly read the tables whole; on a group's hundreds of thousands of notes it must not have to, which
 * {@code yandu bench --group-server} checks at that size.)
 */
class GroupQueryPlansTest {
    @RegisterExtension
    static final TestGroup group = new TestGroup();

    @Test
    void eachSyncQueryOfAMemberIsServedByAnIndex() throws Exception {
        try (GroupConnection member = group.connect(group.li())) {
            try (Statement settings = member.jdbc().createStatement()) {
                settings.execute("set enable_seqscan = off");
            }
            for (SyncQuery query : SyncQuery.values()) {
                String plan = query.plan(member, 1000, 500);
                for (String table : query.tables()) {
                    assertTrue(SyncQuery.servedByIndex(plan, table), plan);
                }
            }
        }
    }
}
