package org.yandu.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the study group's organiser set to read, as this library has it: the speeches of it that are here, by id.
 *
 * @param due the day it is to be read by; null when none was set
 * @param missing how many of its speeches are not (yet) in this library: the sync brings published ones
 * @param readBy for an organiser, each member who lets organisers see their reading (by the name the group shows)
 *     with how many of its speeches they have read; empty for a member
 */
public record AssignedReading(String id, String title, @Nullable LocalDate due, String note, List<Long> speechIds,
                              int missing, Map<String, Integer> readBy) {
    public AssignedReading {
        speechIds = List.copyOf(speechIds);
        readBy = Map.copyOf(readBy);
    }
}
