package app.safepost.shell.ui;

import app.safepost.school.Schools;
import app.safepost.security.DemoSignIn;
import app.safepost.security.Roles;
import app.safepost.security.SchoolSwitch;
import app.safepost.security.SignedInStaff;
import app.safepost.shell.WaitingCounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every screen: the navigation in sections with what waits for the person
 * ({@link PortalNavigation}), the school in hand (a picker for someone in several schools), the user
 * menu and, in demo mode, the banner.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final PortalNavigation navigation = new PortalNavigation();
    private final WaitingCounts counts;

    MainLayout(
            AuthenticationContext authenticationContext,
            ObjectProvider<DemoSignIn> demoSignIn,
            Schools schools,
            SchoolSwitch schoolSwitch,
            WaitingCounts counts) {
        this.counts = counts;
        setPrimarySection(Section.NAVBAR);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        var title = new H1("Safepost");
        title.addClassName("app-name");
        var bar = new HorizontalLayout(toggle, title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        SignedInStaff.current()
                .ifPresent(staff -> bar.add(
                        new SchoolInHandHeader(staff, schools, schoolSwitch), userMenu(staff, authenticationContext)));
        if (demoSignIn.getIfAvailable() != null) {
            var banner = new Div("Demo sign-in — not for real pupil data");
            banner.addClassName("demo-banner");
            banner.setWidthFull();
            var header = new Header(banner, bar);
            header.setWidthFull();
            addToNavbar(header);
        } else {
            addToNavbar(bar);
        }
        addToDrawer(navigation);
    }

    /** The counts follow what was done on the screen left: a post reviewed, a notice read. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        navigation.showCounts(counts.forSignedInStaff());
    }

    private static Component userMenu(SignedInStaff staff, AuthenticationContext authenticationContext) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getStyle().set("margin-inline-start", "auto").set("margin-inline-end", "var(--lumo-space-m)");
        var user = menu.addItem(staff.displayName());
        user.setAriaLabel("Account: " + staff.displayName());
        var roles = staff.roles().stream().map(Roles::label).sorted().collect(Collectors.joining(", "));
        var rolesItem = user.getSubMenu().addItem("Roles: " + roles);
        rolesItem.setEnabled(false);
        user.getSubMenu().addItem("Sign out", event -> authenticationContext.logout());
        return menu;
    }
}
