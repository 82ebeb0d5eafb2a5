package app.safepost.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a screen their role may not see. */
@PageTitle("Not available · Safepost")
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        addClassName("access-denied");
        addClassName("screen");
        add(
                new H2("This page is not available to you"),
                new Paragraph("Your role does not include this screen. If you need it, ask a member of the"
                        + " senior leadership team."),
                new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
