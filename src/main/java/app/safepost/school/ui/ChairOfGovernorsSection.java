package app.safepost.school.ui;

import app.safepost.common.ui.Notices;
import app.safepost.school.SchoolDirectory;
import app.safepost.school.SchoolProfileService;
import app.safepost.school.StaffSummary;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The chair of governors on the school profile: one of the school's governors, named by SLT. The chair
 * and the head teacher are e-mailed each anchor of the school's audit trail (docs/reliability.md).
 */
class ChairOfGovernorsSection extends Composite<Div> {

    ChairOfGovernorsSection(SchoolProfileService profile, SchoolDirectory directory, boolean canEdit) {
        var governors = directory.staff().stream()
                .filter(s -> s.roles().contains(Roles.GOVERNOR))
                .toList();
        var chair = new ComboBox<StaffSummary>("Chair of governors", governors);
        chair.setId("chair-of-governors");
        chair.setItemLabelGenerator(StaffSummary::displayName);
        chair.setClearButtonVisible(true);
        chair.setHelperText("Receives each night's anchor of the audit trail by e-mail, with the head teacher");
        profile.chairOfGovernors()
                .flatMap(username -> governors.stream()
                        .filter(g -> g.username().equals(username))
                        .findFirst())
                .ifPresent(chair::setValue);
        chair.setReadOnly(!canEdit);
        getContent()
                .add(
                        new H3("Governance"),
                        new Paragraph("The head teacher and the chair of governors keep a"
                                + " signed copy of the audit trail's head each night, outside the portal."),
                        chair);
        if (canEdit) {
            var save = new Button("Save chair of governors", e -> {
                try {
                    profile.setChairOfGovernors(
                            chair.getValue() == null ? null : chair.getValue().username());
                } catch (IllegalArgumentException notAGovernor) {
                    chair.setErrorMessage(notAGovernor.getMessage());
                    chair.setInvalid(true);
                    return;
                }
                chair.setInvalid(false);
                Notices.done("Chair of governors saved.");
            });
            save.setId("save-chair-of-governors");
            getContent().add(save);
        }
    }
}
