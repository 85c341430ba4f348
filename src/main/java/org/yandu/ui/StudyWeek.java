package org.yandu.ui;

import java.util.List;
import org.yandu.library.SpeechStudied;
import org.yandu.library.StudySummary;

/** The week's study for its summary: this week's and today's totals, and the speeches worked on this week. */
record StudyWeek(StudySummary week, StudySummary today, List<SpeechStudied> speeches) {
    StudyWeek {
        speeches = List.copyOf(speeches);
    }
}
