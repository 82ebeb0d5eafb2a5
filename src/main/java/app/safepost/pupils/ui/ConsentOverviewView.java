package app.safepost.pupils.ui;

import app.safepost.pupils.ClassConsent;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Per class, who may not be photographed (P14, P15): the list staff check before taking or posting a
 * photo. First names and photo consent only, so it can hang in a staff room.
 */
@Route("photo-consent")
@PageTitle("Photo consent · Safepost")
@Menu(title = "Photo consent", order = 22)
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class ConsentOverviewView extends Main {

    ConsentOverviewView(PupilRoster roster) {
        getStyle().set("padding", "var(--lumo-space-l)");
        var print = new Anchor("photo-consent/print", "Printable version");
        print.setId("printable-consent");
        add(new H2("Photo consent"),
                new Paragraph("These pupils may not be photographed. If one appears in a photo, cover their face"
                        + " (pixelate or an emoji) before the post is submitted."),
                print);
        add(classSections(roster.consentOverview()));
    }

    /** One section per class; shared with the printable page so both always agree. */
    static Component[] classSections(List<ClassConsent> classes) {
        return classes.stream().map(ConsentOverviewView::section).toArray(Component[]::new);
    }

    private static Component section(ClassConsent c) {
        var section = new Div();
        section.addClassName("consent-class");
        section.add(new H3(c.className()));
        if (c.withoutConsent().isEmpty()) {
            section.add(new Paragraph("All " + c.pupilsOnRoll() + " pupils may be photographed."));
            return section;
        }
        section.add(new Paragraph(c.withoutConsent().size() + " of " + c.pupilsOnRoll()
                + " pupils may not be photographed:"));
        var list = new UnorderedList();
        list.addClassName("no-consent-list");
        c.withoutConsent().forEach(p -> list.add(new ListItem(label(p))));
        section.add(list);
        return section;
    }

    /** First name, the preferred name if there is one, and initials to tell two of the same name apart. */
    static String label(ClassPupil p) {
        return p.firstName() + (p.preferredName() == null ? "" : " (" + p.preferredName() + ")") + " · " + p.initials();
    }
}
