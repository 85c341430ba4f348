package org.yandu.ui.base;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Pane;
import org.yandu.export.ExportFormat;

/** Radio buttons that choose the value of a property and follow it when it changes elsewhere. */
public final class RadioGroups {
    private RadioGroups() {
    }

    /** Radio buttons for the values, added to {@code into}, kept in step with the property both ways. */
    public static <T> void add(ObjectProperty<T> property, Map<T, String> labels, String idPrefix, Pane into) {
        ToggleGroup group = new ToggleGroup();
        labels.forEach((value, label) -> {
            RadioButton button = new RadioButton(label);
            button.setId(idPrefix + String.valueOf(value instanceof ExportFormat f ? f.key() : value));
            button.setUserData(value);
            button.setToggleGroup(group);
            into.getChildren().add(button);
        });
        link(group, property);
    }

    @SuppressWarnings("unchecked")
    public static <T> void link(ToggleGroup group, ObjectProperty<T> property) {
        group.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle != null) {
                property.set((T) toggle.getUserData());
            }
        });
        property.subscribe(value -> {
            for (Toggle toggle : group.getToggles()) {
                if (toggle.getUserData().equals(value)) {
                    group.selectToggle(toggle);
                }
            }
        });
    }
}
