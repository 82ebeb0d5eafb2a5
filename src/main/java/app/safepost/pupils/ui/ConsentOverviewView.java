package app.safepost.pupils.ui;

import app.safepost.pupils.ClassConsent;
import app.safepost.pupils.ClassPupil;
import app.safepost.pupils.ConsentPurposes;
import app.safepost.pupils.PupilRoster;
import app.safepost.pupils.PurposeSummary;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Per class, who may not appear in any post and who may not be photographed for one purpose (P14,
 * P15): the list staff check before taking or posting a photo. The purpose is the account's in hand
 * ({@code ?purpose=class-social}); the reader's own classes only, by full name, so that two pupils of
 * one first name are told apart.
 */
@Route("photo-consent")
@PageTitle("Photo consent · Safepost")
@Menu(title = "Photo consent", order = 22)
@RolesAllowed({Roles.OFFICE, Roles.SLT, Roles.TEACHER, Roles.TEACHING_ASSISTANT})
public class ConsentOverviewView extends Main implements BeforeEnterObserver {

    private final PupilRoster roster;
    private final List<PurposeSummary> purposes;

    ConsentOverviewView(PupilRoster roster, ConsentPurposes purposes) {
        this.roster = roster;
        this.purposes = purposes.active();
        addClassName("screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var purpose = purposeAsked(purposes, event);
        add(new H2("Photo consent"));
        if (purpose == null) {
            add(new Paragraph("The school has no consent purposes in use."));
            return;
        }
        var choice = new Select<PurposeSummary>();
        choice.setLabel("Photos for");
        choice.setId("consent-purpose");
        choice.setItems(purposes);
        choice.setItemLabelGenerator(PurposeSummary::name);
        choice.setValue(purpose);
        choice.addValueChangeListener(e -> getUI().ifPresent(ui ->
                ui.navigate("photo-consent?purpose=" + e.getValue().code())));
        var print = new Anchor("photo-consent/print?purpose=" + purpose.code(), "Printable version");
        print.setId("printable-consent");
        add(
                choice,
                new Paragraph("Pupils who may not appear in any post come first: leave them out of every photo."
                        + " The others may not be photographed for this purpose: if one appears, cover their face (pixelate"
                        + " or an emoji) before the post is submitted."),
                new Paragraph(print));
        add(classSections(roster.consentOverview(purpose.code()), purpose));
    }

    /** The purpose named by {@code ?purpose=}, else the school's first. */
    static PurposeSummary purposeAsked(List<PurposeSummary> purposes, BeforeEnterEvent event) {
        var asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("purpose")
                .orElse("");
        return purposes.stream()
                .filter(p -> p.code().equals(asked))
                .findFirst()
                .orElse(purposes.isEmpty() ? null : purposes.getFirst());
    }

    /** One section per class; shared with the printable page so both always agree. */
    static Component[] classSections(List<ClassConsent> classes, PurposeSummary purpose) {
        return classes.stream().map(c -> section(c, purpose)).toArray(Component[]::new);
    }

    private static Component section(ClassConsent c, PurposeSummary purpose) {
        var section = new Div();
        section.addClassName("consent-class");
        section.add(new H3(c.className()));
        if (!c.neverPublish().isEmpty()) {
            section.add(new Paragraph("May not appear in any post, covered or not:"));
            section.add(list(c.neverPublish(), "never-publish-list"));
        }
        if (c.withoutConsent().isEmpty()) {
            section.add(
                    new Paragraph("All " + (c.pupilsOnRoll() - c.neverPublish().size()) + " other pupils may be"
                            + " photographed for " + lowerFirst(purpose.name()) + "."));
            return section;
        }
        section.add(new Paragraph(c.withoutConsent().size() + " of " + c.pupilsOnRoll() + " pupils may not be"
                + " photographed for " + lowerFirst(purpose.name()) + ":"));
        section.add(list(c.withoutConsent(), "no-consent-list"));
        return section;
    }

    private static UnorderedList list(List<ClassPupil> pupils, String className) {
        var list = new UnorderedList();
        list.addClassName(className);
        pupils.forEach(p -> list.add(new ListItem(label(p))));
        return list;
    }

    /** "The class's social-media account" reads "the class's social-media account" inside a sentence. */
    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The full name (staff hold the class), so that two pupils of the same first name are told apart. */
    static String label(ClassPupil p) {
        return p.shownAs();
    }
}
