package app.safepost.pupils.ui;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.DemoSignIn;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;

/** The consent overview as a clean page for printing: no navigation, just the lists and a Print button. */
@Route(value = "photo-consent/print", autoLayout = false)
@PageTitle("Photo consent (print) · Safepost")
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class ConsentPrintView extends Main {

    ConsentPrintView(PupilRoster roster, Clock clock, ObjectProvider<DemoSignIn> demoSignIn) {
        addClassName("print-page");
        if (demoSignIn.getIfAvailable() != null) {
            // Printed demo lists must say so too: they name fictional pupils.
            var banner = new Paragraph("Demo sign-in — not for real pupil data");
            banner.addClassName("demo-banner");
            add(banner);
        }
        var print = new Button("Print", e -> e.getSource().getUI()
                .ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("no-print");
        add(new H1("Photo consent: who may not be photographed"),
                new Paragraph("As of " + SchoolTime.date(LocalDate.now(clock.withZone(SchoolTime.ZONE)))
                        + ". Cover these pupils' faces in any photo. Ask the office if a list looks wrong."),
                print);
        add(ConsentOverviewView.classSections(roster.consentOverview()));
    }
}
