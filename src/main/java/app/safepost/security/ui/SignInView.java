package app.safepost.security.ui;

import app.safepost.security.DemoPerson;
import app.safepost.security.DemoSchool;
import app.safepost.security.DemoSignIn;
import app.safepost.security.DemoStaff;
import app.safepost.security.Roles;
import app.safepost.security.SsoProperties;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The local demo sign-in page; it lists the demo users so a visitor can try each role. With single
 * sign-on there is no demo sign-in: the page only passes the visitor on to Keycloak.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Safepost")
@AnonymousAllowed
public class SignInView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;
    private final boolean demo;
    private final LoginForm form = new LoginForm();

    SignInView(AuthenticationContext authenticationContext, ObjectProvider<DemoSignIn> demoSignIn) {
        this.authenticationContext = authenticationContext;
        this.demo = demoSignIn.getIfAvailable() != null;
        if (!demo) {
            return;
        }
        var banner = new Paragraph("Demo sign-in — not for real pupil data");
        banner.addClassName("demo-banner");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(britishEnglish());

        var schools = DemoSchool.all().stream().collect(Collectors.toMap(DemoSchool::urn, Function.identity()));
        var users = new Grid<>(DemoPerson.class, false);
        users.addColumn(DemoPerson::username).setHeader("Username");
        users.addColumn(DemoPerson::displayName).setHeader("Name");
        users.addColumn(SignInView::roles).setHeader("Roles");
        users.addColumn(person -> schools(person, schools)).setHeader("Schools");
        demoSignIn.ifAvailable(demo -> users.setItems(demo.people()));
        users.setAllRowsVisible(true);
        users.setAriaLabel("Demo users");
        users.setEmptyStateText("None");

        var content = new VerticalLayout(
                new H1("Safepost"),
                new Paragraph("The social-media portal of the demo trust's schools."),
                form,
                new H2("Demo users"),
                new Paragraph("Every demo user's password is \"demo\"."),
                users);
        content.setAlignItems(VerticalLayout.Alignment.CENTER);
        content.setMaxWidth("48rem");
        content.getStyle().set("margin", "0 auto");
        add(banner, content);
    }

    private static String roles(DemoPerson person) {
        var roles = new TreeSet<String>();
        person.trustRoles().forEach(role -> roles.add(Roles.label(role)));
        person.bySchool().values().stream()
                .map(DemoStaff::roles)
                .flatMap(List::stream)
                .forEach(role -> roles.add(Roles.label(role)));
        return String.join(", ", roles);
    }

    private static String schools(DemoPerson person, Map<String, DemoSchool> schools) {
        if (!person.trustRoles().isEmpty()) {
            return "Every school";
        }
        return person.bySchool().keySet().stream()
                .map(urn -> schools.get(urn).shortName())
                .collect(Collectors.joining(", "));
    }

    private static LoginI18n britishEnglish() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Incorrect username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (!demo) {
            event.forwardToUrl(SsoProperties.SIGN_IN_PATH);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var throttled = parameters.getOrDefault("throttled", List.of());
        if (!throttled.isEmpty()) {
            form.setI18n(throttled(throttled.getFirst()));
            form.setError(true);
            return;
        }
        form.setI18n(britishEnglish());
        form.setError(parameters.containsKey("error"));
    }

    /** The form's error once too many sign-ins failed: how long to wait, from the sign-in's answer. */
    private static LoginI18n throttled(String minutes) {
        long wait = minutes.matches("\\d{1,4}") ? Math.max(1, Long.parseLong(minutes)) : 15;
        var i18n = britishEnglish();
        i18n.getErrorMessage().setTitle("Too many failed sign-ins");
        i18n.getErrorMessage()
                .setMessage("Too many failed sign-ins from this address. Try again in "
                        + (wait == 1 ? "a minute" : wait + " minutes") + ".");
        return i18n;
    }
}
