package app.safepost.shell.ui;

import app.safepost.school.Schools;
import app.safepost.security.DemoSignIn;
import app.safepost.security.Roles;
import app.safepost.security.SchoolSwitch;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every screen: the navigation (only what the signed-in person may open, as
 * the menu registry checks each view's roles), the school in hand (a picker for someone in several
 * schools), the user menu and, in demo mode, the banner.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authenticationContext, ObjectProvider<DemoSignIn> demoSignIn, Schools schools,
               SchoolSwitch schoolSwitch) {
        setPrimarySection(Section.NAVBAR);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        var title = new H1("Safepost");
        title.addClassName("app-name");
        var bar = new HorizontalLayout(toggle, title);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        SignedInStaff.current().ifPresent(staff -> bar.add(new SchoolInHandHeader(staff, schools, schoolSwitch),
                userMenu(staff, authenticationContext)));
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
        addToDrawer(navigation());
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Main");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new SvgIcon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
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
