package org.yandu.ui.reader;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * One word of the ruby view: its characters at one even pitch, each a column with its reading centred over it.
 * The pitch is a character and a little air. A reading wider than that may reach over its neighbours' columns,
 * as ruby does in print (JIS X 4051), since most of them carry short syllables; only where two long syllables meet
 * does the whole word widen, evenly, just enough to part them, and a word's first and last syllables get their room
 * outside it. So characters within a word never drift apart unevenly (what sizing each column to its syllable did),
 * most words keep the plain pitch, and no two syllables touch. Du Chinese widens for long syllables too, but column
 * by column; the word's boundary is shown by the gap after it (the ruby view's {@code .ruby-unit}).
 */
final class RubyWordBox extends Region {
    /** The reading's size as a share of its character's: large enough for tone marks, small enough to stay above. */
    static final double PINYIN_SHARE = 0.55;
    /** The smallest reading, in pixels: below it tone marks blur, so at the smallest text sizes the share grows. */
    static final double MIN_PINYIN_SIZE = 9;
    /** The plain pitch, in characters: a character and a little air, so each reading sits clearly over its own. */
    private static final double MIN_PITCH_EMS = 1.2;
    /** The least room between two syllables, in characters: about a space of the pinyin's size. */
    private static final double SYLLABLE_GAP_EMS = 0.2;

    /** Where the characters go: {@code pitch} apart, after {@code before} and followed by {@code after}. */
    private record Spacing(double pitch, double before, double after) {
    }

    private final List<VBox> columns;

    /** {@code columns}: each a column of a reading (first) over its character (second). */
    RubyWordBox(List<VBox> columns) {
        this.columns = List.copyOf(columns);
        getChildren().setAll(columns);
        getStyleClass().add("ruby-word");
    }

    /** Keeps {@code reading} at {@link #pinyinSize} of {@code base}'s size, through zoom and the roles' sizes. */
    static void sizeReading(Text reading, Text base) {
        reading.styleProperty().bind(base.fontProperty().map(
                font -> "-fx-font-size: " + pinyinSize(font.getSize()) + "px;"));
    }

    /** The size of the readings over characters of {@code textSize}. */
    static double pinyinSize(double textSize) {
        return Math.max(MIN_PINYIN_SIZE, textSize * PINYIN_SHARE);
    }

    /** The pitch and the room at the ends, in whole pixels so every character of the word sits alike. */
    private Spacing spacing() {
        double em = 0;
        double pitch = 0;
        double[] readings = new double[columns.size()];
        for (int i = 0; i < readings.length; i++) {
            Text base = text(columns.get(i), 1);
            em = Math.max(em, base.getFont().getSize());
            pitch = Math.max(pitch, base.getLayoutBounds().getWidth());
            readings[i] = text(columns.get(i), 0).getLayoutBounds().getWidth();
        }
        double gap = em * SYLLABLE_GAP_EMS;
        pitch = Math.max(pitch, em * MIN_PITCH_EMS);
        for (int i = 1; i < readings.length; i++) {
            pitch = Math.max(pitch, (readings[i - 1] + readings[i]) / 2 + gap);
        }
        pitch = Math.ceil(pitch);
        if (readings.length == 0) {
            return new Spacing(pitch, 0, 0);
        }
        double last = readings[readings.length - 1];
        return new Spacing(pitch, overhang(readings[0], pitch, gap), overhang(last, pitch, gap));
    }

    /** How far a reading (and half a gap) reaches beyond its column. */
    private static double overhang(double reading, double pitch, double gap) {
        return Math.ceil(Math.max(0, (reading + gap - pitch) / 2));
    }

    private static Text text(VBox column, int index) {
        return (Text) column.getChildren().get(index);
    }

    @Override
    protected double computePrefWidth(double height) {
        Spacing spacing = spacing();
        Insets in = getInsets();
        return in.getLeft() + spacing.before() + columns.size() * spacing.pitch() + spacing.after() + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        return computePrefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + columns.stream().mapToDouble(c -> c.prefHeight(-1)).max().orElse(0) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Spacing spacing = spacing();
        Insets in = getInsets();
        double height = getHeight() - in.getTop() - in.getBottom();
        for (int i = 0; i < columns.size(); i++) {
            Node column = columns.get(i);
            column.resizeRelocate(in.getLeft() + spacing.before() + i * spacing.pitch(), in.getTop(),
                    spacing.pitch(), height);
        }
    }
}
