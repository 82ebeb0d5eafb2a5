package app.safepost.pupils.ui;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.PurposeSummary;
import app.safepost.security.DemoSignIn;
import app.safepost.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The consent overview for one purpose as a clean page for printing: no navigation, pupils who may not
 * appear in any post first, then the lists, and a Print button.
 */
@Route(value = "photo-consent/print", autoLayout = false)
@PageTitle("Photo consent (print) · Safepost")
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class ConsentPrintView extends Main implements BeforeEnterObserver {

    private final PupilRoster roster;
    private final List<PurposeSummary> purposes;
    private final Clock clock;
    private final boolean demo;

    ConsentPrintView(PupilRoster roster, ConsentPurposes purposes, Clock clock, ObjectProvider<DemoSignIn> demoSignIn) {
        this.roster = roster;
        this.purposes = purposes.active();
        this.clock = clock;
        this.demo = demoSignIn.getIfAvailable() != null;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (demo) {
            // Printed demo lists must say so too: they name fictional pupils.
            var banner = new Paragraph("Demo sign-in — not for real pupil data");
            banner.addClassName("demo-banner");
            add(banner);
        }
        var purpose = ConsentOverviewView.purposeAsked(purposes, event);
        var print = new Button(
                "Print", e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClassName("no-print");
        add(
                new H1("Photo consent: who may not be photographed"),
                new Paragraph("As of " + SchoolTime.date(LocalDate.now(clock.withZone(SchoolTime.ZONE)))
                        + (purpose == null ? "" : ", for " + purpose.name()) + ". Pupils who may not appear in any"
                        + " post come first; cover the others' faces in any photo. Ask the office if a list looks"
                        + " wrong."),
                print);
        if (purpose != null) {
            add(ConsentOverviewView.classSections(roster.consentOverview(purpose.code()), purpose));
        }
    }
}
