package app.safepost.notifications.ui;

import app.safepost.common.SchoolTime;
import app.safepost.notifications.NoticeSummary;
import app.safepost.notifications.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's notices (reminders and requests from the portal), newest first. */
@Route("notices")
@PageTitle("Notices · Safepost")
@Menu(title = "Notices", order = 81)
@PermitAll
public class NoticesView extends Main {

    private final Notices notices;
    private final Div list = new Div();

    NoticesView(Notices notices) {
        this.notices = notices;
        addClassName("screen");
        setMaxWidth("50rem");
        list.setId("notices");
        add(
                new H2("Notices"),
                new Paragraph("Reminders and requests from the portal. Each is also sent to your"
                        + " school e-mail address."),
                list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var mine = notices.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph("You have no notices."));
        }
        mine.forEach(notice -> list.add(card(notice)));
    }

    private Div card(NoticeSummary notice) {
        var card = new Div(
                new H3(notice.subject()),
                new Paragraph(SchoolTime.dateTime(notice.createdAt()) + (notice.isUnread() ? " · unread" : "")),
                new Paragraph(notice.body()));
        card.addClassName("notice");
        if (notice.isUnread()) {
            card.addClassName("notice-unread");
        }
        if (notice.link() != null) {
            card.add(new Paragraph(new Anchor(notice.link(), "Open")));
        }
        if (notice.isUnread()) {
            var read = new Button("Mark as read", e -> {
                notices.markRead(notice.id());
                refresh();
            });
            read.setAriaLabel("Mark as read: " + notice.subject());
            card.add(read);
        }
        return card;
    }
}
