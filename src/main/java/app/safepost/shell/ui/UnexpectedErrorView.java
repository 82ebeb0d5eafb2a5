package app.safepost.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure while opening a screen: a plain message and a reference, never a stack trace. */
@PageTitle("Something went wrong · Safepost")
@AnonymousAllowed
public class UnexpectedErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);
    private final Paragraph reference = new Paragraph();

    UnexpectedErrorView() {
        addClassName("screen");
        add(
                new H2("Something went wrong"),
                new Paragraph("The portal could not open this page. Nothing was changed. Please try again;"
                        + " if it keeps happening, tell the office and quote the reference below."),
                reference,
                new RouterLink("Go to your home page", HomeView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var id = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {} opening {}", id, event.getLocation().getPath(), parameter.getException());
        reference.setText("Reference: " + id);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
