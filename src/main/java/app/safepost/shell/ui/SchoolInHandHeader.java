package app.safepost.shell.ui;

import app.safepost.school.SchoolLogo;
import app.safepost.school.Schools;
import app.safepost.security.PortalSchool;
import app.safepost.security.SchoolSwitch;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * The school in hand in the header: its logo and name. Someone who works in several schools picks
 * another here; the choice replaces their session's authentication (their roles there) and the screen
 * reloads on the home page, so nothing drawn for the other school stays.
 */
class SchoolInHandHeader extends HorizontalLayout {

    static final String PICKER_ID = "school-in-hand";

    SchoolInHandHeader(SignedInStaff staff, Schools schools, SchoolSwitch schoolSwitch) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        addClassName("school-in-hand");
        var inHand = staff.schoolInHand() == null
                ? null
                : schools.byId(staff.schoolInHand()).orElse(null);
        if (inHand != null) {
            schools.logo(inHand.id()).ifPresent(logo -> add(logo(logo, inHand.name())));
        }
        if (staff.worksInSeveralSchools()) {
            add(picker(staff, schools, schoolSwitch, inHand));
        } else if (inHand != null) {
            var name = new Span(inHand.name());
            name.setId(PICKER_ID);
            add(name);
        }
    }

    private static Select<PortalSchool> picker(
            SignedInStaff staff, Schools schools, SchoolSwitch schoolSwitch, PortalSchool inHand) {
        var picker = new Select<PortalSchool>();
        picker.setId(PICKER_ID);
        picker.setAriaLabel("School");
        picker.setTooltipText("The school you are working in");
        picker.addThemeVariants(SelectVariant.LUMO_SMALL);
        picker.setItemLabelGenerator(PortalSchool::name);
        picker.setItems(schools.all().stream().filter(s -> staff.holds(s.id())).toList());
        if (inHand != null) {
            picker.setValue(inHand);
        } else {
            picker.setPlaceholder("Choose a school");
        }
        picker.addValueChangeListener(event -> {
            if (!event.isFromClient()
                    || event.getValue() == null
                    || event.getValue().equals(inHand)) {
                return;
            }
            schoolSwitch.choose(event.getValue().id());
            var ui = UI.getCurrent();
            ui.navigate(HomeView.class);
            ui.getPage().reload();
        });
        return picker;
    }

    private static Image logo(SchoolLogo logo, String schoolName) {
        var bytes = logo.bytes();
        var image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(bytes), "logo", logo.mediaType(), bytes.length)),
                schoolName + " logo");
        image.addClassName("school-logo");
        image.setHeight("2rem");
        return image;
    }
}
