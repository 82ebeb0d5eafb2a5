package app.safepost.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The navigation in sections (Posts, People and consent, Accounts and followers, Safeguarding, Policies,
 * Audit, School), each listing only the screens the signed-in person may open (the menu registry checks
 * each view's roles), with a count beside a screen where something waits for them and on its section.
 * Home and Notices stand on their own; a section with one screen of the same name is that screen.
 */
final class PortalNavigation extends Composite<SideNav> {

    /** The sections, and the route paths of the screens in each, in the order shown. */
    enum Section {
        POSTS("Posts", "post", "drafts", "review", "calendar", "photos", "published"),
        PEOPLE("People and consent", "pupils", "pupils/import", "photo-consent"),
        ACCOUNTS("Accounts and followers", "accounts", "trip-delegations", "guidance", "followers", "follows"),
        SAFEGUARDING("Safeguarding", "incidents", "incidents/report"),
        POLICIES("Policies", "policies"),
        AUDIT("Audit", "audit", "audit/integrity"),
        SCHOOL("School", "school", "classes", "devices");

        final String label;
        final List<String> paths;

        Section(String label, String... paths) {
            this.label = label;
            this.paths = List.of(paths);
        }

        static Section of(String path) {
            for (var section : values()) {
                if (section.paths.contains(path)) {
                    return section;
                }
            }
            return null;
        }
    }

    private final Map<String, SideNavItem> screens = new LinkedHashMap<>();
    private final Map<SideNavItem, List<String>> sections = new LinkedHashMap<>();

    PortalNavigation() {
        this(MenuConfiguration.getMenuEntries());
    }

    PortalNavigation(List<MenuEntry> entries) {
        var nav = getContent();
        nav.getElement().setAttribute("aria-label", "Main");
        nav.setId("main-navigation");
        var byPath = new LinkedHashMap<String, MenuEntry>();
        entries.forEach(entry -> byPath.put(path(entry), entry));
        byPath.entrySet().stream().filter(e -> Section.of(e.getKey()) == null).forEach(e -> nav.addItem(screen(e.getValue())));
        for (var section : Section.values()) {
            var mine = section.paths.stream().filter(byPath::containsKey).map(byPath::get).toList();
            if (mine.size() == 1 && mine.getFirst().title().equals(section.label)) {
                nav.addItem(screen(mine.getFirst()));
            } else if (!mine.isEmpty()) {
                var parent = new SideNavItem(section.label);
                parent.setExpanded(true);
                parent.getElement().setAttribute("data-section", section.name().toLowerCase());
                mine.forEach(entry -> parent.addItem(screen(entry)));
                sections.put(parent, mine.stream().map(PortalNavigation::path).toList());
                nav.addItem(parent);
            }
        }
    }

    private SideNavItem screen(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new SvgIcon(entry.icon()));
        }
        screens.put(path(entry), item);
        return item;
    }

    /** The route path as the sections name it: without the leading slash the menu registry may give. */
    private static String path(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    }

    /** Shows how many things wait on each screen, and in all on each section. */
    void showCounts(Map<String, Long> counts) {
        screens.forEach((path, item) -> item.setSuffixComponent(badge(counts.getOrDefault(path, 0L))));
        sections.forEach((parent, paths) -> parent.setSuffixComponent(badge(paths.stream()
                .mapToLong(path -> counts.getOrDefault(path, 0L)).sum())));
    }

    /** The screens as listed, for tests: section label (or empty) → screen titles. */
    Map<String, List<String>> outline() {
        var outline = new LinkedHashMap<String, List<String>>();
        getContent().getItems().forEach(item -> {
            var children = new ArrayList<String>();
            item.getItems().forEach(child -> children.add(child.getLabel()));
            outline.put(item.getLabel(), children);
        });
        return outline;
    }

    private static Span badge(long count) {
        if (count == 0) {
            return null;
        }
        // The number on screen; a screen reader hears "3 waiting" as part of the link's name.
        var hidden = new Span(" waiting");
        hidden.addClassName("visually-hidden");
        var badge = new Span(new Span(String.valueOf(count)), hidden);
        badge.getElement().getThemeList().add("badge pill primary");
        badge.addClassName("nav-count");
        return badge;
    }
}
