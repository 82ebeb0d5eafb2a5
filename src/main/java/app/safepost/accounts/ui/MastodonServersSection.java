package app.safepost.accounts.ui;

import app.safepost.accounts.MastodonServerChoice;
import app.safepost.accounts.RefusedChange;
import app.safepost.accounts.SocialAccounts;
import app.safepost.common.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * SLT set the server each Mastodon account lives on: its posts, followers, blocks and takedowns go
 * there. Left empty, the server its handle names is used, else the portal's setting.
 */
class MastodonServersSection extends Div {

    private final SocialAccounts accounts;
    private final Grid<MastodonServerChoice> grid = new Grid<>(MastodonServerChoice.class, false);

    MastodonServersSection(SocialAccounts accounts) {
        this.accounts = accounts;
        setId("mastodon-servers");
        add(
                new H3("Mastodon servers"),
                new Paragraph(
                        "Each Mastodon account is reached on its own server. Leave the server empty to use"
                                + " the one its handle names (@name@server), or the portal's setting for a handle without one."));
        grid.setId("mastodon-servers-grid");
        grid.setAriaLabel("Mastodon servers");
        grid.addColumn(MastodonServerChoice::handle)
                .setHeader("Account")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MastodonServersSection::inUse).setHeader("Server in use").setAutoWidth(true);
        grid.addComponentColumn(this::serverOf).setHeader("Server").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private void refresh() {
        var choices = accounts.mastodonAccounts();
        grid.setItems(choices);
        setVisible(!choices.isEmpty());
    }

    static String inUse(MastodonServerChoice choice) {
        return choice.inUse() != null ? choice.inUse() : "The portal's setting";
    }

    private HorizontalLayout serverOf(MastodonServerChoice choice) {
        var field = new TextField();
        field.setAriaLabel("Mastodon server of " + choice.handle());
        field.setPlaceholder(choice.fromHandle() != null ? choice.fromHandle() : "https://mastodon.social");
        field.setValue(choice.chosen() == null ? "" : choice.chosen());
        field.setManualValidation(true);
        field.setWidthFull();
        var save = new Button("Save", e -> save(choice, field));
        save.setAriaLabel("Save the Mastodon server of " + choice.handle());
        var row = new HorizontalLayout(field, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
        row.setWidthFull();
        return row;
    }

    private void save(MastodonServerChoice choice, TextField field) {
        try {
            var saved = accounts.chooseMastodonServer(choice.id(), field.getValue());
            field.setInvalid(false);
            refresh();
            Notices.done(choice.handle() + " is now reached on " + inUse(saved).toLowerCase() + ".");
        } catch (RefusedChange refused) {
            field.setErrorMessage(refused.errors().getOrDefault("server", refused.getMessage()));
            field.setInvalid(true);
        }
    }
}
