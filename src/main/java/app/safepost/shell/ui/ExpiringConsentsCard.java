package app.safepost.shell.ui;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.ConsentExpiries;
import app.safepost.pupils.ExpiringConsent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The office's card of photo consents that expire in the next 30 days, each linking to the pupil. */
class ExpiringConsentsCard extends Div {

    private static final int SHOWN = 10;

    ExpiringConsentsCard(List<ExpiringConsent> expiring) {
        addClassName("dashboard-card");
        setId("expiring-consents");
        var figure = new Div(String.valueOf(expiring.size()));
        figure.addClassName("figure");
        add(new H3("Consents expiring soon"), figure);
        if (expiring.isEmpty()) {
            add(new Paragraph("None in the next " + ConsentExpiries.SOON_DAYS + " days."));
            return;
        }
        add(new Paragraph("In the next " + ConsentExpiries.SOON_DAYS + " days; send the parents a new consent form."));
        var list = new UnorderedList();
        expiring.stream()
                .limit(SHOWN)
                .forEach(e -> list.add(new ListItem(new Anchor(
                        "pupils/" + e.pupilId(),
                        e.pupilName() + " (" + e.className() + "): " + e.purposeName() + ", "
                                + SchoolTime.date(e.expiresOn())))));
        if (expiring.size() > SHOWN) {
            list.add(new ListItem("… and " + (expiring.size() - SHOWN) + " more"));
        }
        add(list);
    }
}
