package com.rotadesk.app.desk;

import com.rotadesk.model.OfficeProfile;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The office's name, its groups (轮排组) and each group's consultants in the manager's order. */
final class OfficeForm {
    private final Texts t;
    private final TextField office = new TextField();
    private final VBox groups = new VBox(10);
    private final List<GroupEditor> editors = new ArrayList<>();
    private final Label error = new Label();

    /** One group: its name and its consultants, one per line. */
    private record GroupEditor(TextField name, TextArea consultants) {
        List<String> names() {
            return Arrays.stream(consultants.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().toList();
        }
    }

    private OfficeForm(Texts t) {
        this.t = t;
    }

    /** Asks for the office; {@code current} fills the form (null on the first run). Empty when cancelled. */
    static Optional<OfficeProfile> ask(Texts t, OfficeProfile current, javafx.stage.Window owner) {
        return new OfficeForm(t).show(current, owner);
    }

    private Optional<OfficeProfile> show(OfficeProfile current, javafx.stage.Window owner) {
        office.setText(current == null ? "" : current.name());
        if (current == null) {
            addGroup(t.get("setup.defaultGroup"), List.of());
        } else {
            current.groups().forEach(g -> addGroup(g.name(), g.consultants()));
        }
        Button more = new Button(t.get("setup.addGroup"));
        more.setOnAction(e -> addGroup("", List.of()).name().requestFocus());
        error.getStyleClass().add("form-error");
        VBox content = new VBox(12, new Label(t.get("setup.office")), office, groups, more, error);
        content.getStyleClass().add("office-form");

        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(t.get(current == null ? "welcome.setup" : "setup.editTitle"));
        d.getDialogPane().setContent(content);
        ButtonType done = new ButtonType(t.get(current == null ? "setup.done" : "settings.save"),
                ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(done, ButtonType.CANCEL);
        Dialogs.desk(d, t, owner);
        OfficeProfile[] result = {null};
        d.getDialogPane().lookupButton(done).addEventFilter(ActionEvent.ACTION, e -> {
            result[0] = read();
            if (result[0] == null) {
                e.consume();
            }
        });
        // the office's name takes the keys once the dialog is up (asking before it shows does nothing)
        var shown = d.getOnShown();
        d.setOnShown(e -> {
            shown.handle(e);
            // after the dialog's own focus handling, which gives the focus to its default button
            javafx.application.Platform.runLater(() -> {
                office.requestFocus();
                office.end();
            });
        });
        return d.showAndWait().filter(b -> b == done).map(b -> result[0]);
    }

    private GroupEditor addGroup(String name, List<String> consultants) {
        TextField groupName = new TextField(name);
        groupName.setPromptText(t.get("setup.group"));
        TextArea names = new TextArea(String.join("\n", consultants));
        names.setPromptText(t.get("setup.consultantsPrompt"));
        names.setPrefRowCount(Math.max(4, Math.min(10, consultants.size() + 1)));
        names.setPrefColumnCount(16);
        GroupEditor editor = new GroupEditor(groupName, names);
        editors.add(editor);
        VBox left = new VBox(6, new Label(t.get("setup.group")), groupName);
        VBox right = new VBox(6, new Label(t.get("setup.consultants")), names);
        groups.getChildren().add(new HBox(14, left, right));
        return editor;
    }

    /** The office as typed, or null with the reason shown under the form. */
    private OfficeProfile read() {
        String name = office.getText().strip();
        if (name.isEmpty()) {
            error.setText(t.get("setup.needOffice"));
            return null;
        }
        List<OfficeProfile.Group> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> groupNames = new HashSet<>();
        for (GroupEditor e : editors) {
            String group = e.name().getText().strip();
            List<String> consultants = e.names();
            if (group.isEmpty() && consultants.isEmpty()) {
                continue;
            }
            if (group.isEmpty()) {
                error.setText(t.get("setup.needGroupName"));
                return null;
            }
            if (!groupNames.add(group)) {
                error.setText(t.get("setup.twice", group));
                return null;
            }
            for (String c : consultants) {
                if (!seen.add(c)) {
                    error.setText(t.get("setup.twice", c));
                    return null;
                }
            }
            result.add(new OfficeProfile.Group(group, consultants));
        }
        if (seen.isEmpty()) {
            error.setText(t.get("setup.needConsultant"));
            return null;
        }
        return new OfficeProfile(name, result);
    }
}
