package app.safepost.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A mistyped or out-of-date address, or a record that is not there (a pupil, a draft, a policy): the
 * portal's own page, with the way home, instead of the framework's "Could not navigate to …".
 */
@PageTitle("Page not found · Safepost")
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        addClassName("not-found");
        addClassName("screen");
        setId("not-found");
        add(
                new H2("There is no such page"),
                new Paragraph("The address may be mistyped, or what it pointed to (a draft, a pupil, a policy) is no"
                        + " longer there or was never there. Nothing was changed."),
                new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
