package org.yandu.ui.study;

import java.util.List;
import org.yandu.library.SpeechStudied;
import org.yandu.library.StudySummary;

/** The week's study for its summary: this week's and today's totals, and the speeches worked on this week. */
public record StudyWeek(StudySummary week, StudySummary today, List<SpeechStudied> speeches) {
    public StudyWeek {
        speeches = List.copyOf(speeches);
    }
}
