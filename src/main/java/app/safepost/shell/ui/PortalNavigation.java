package app.safepost.shell.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.SvgIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The navigation in sections (Trust, Posts, People and consent, Accounts and followers, Safeguarding,
 * Policies, Audit, School), each listing only the screens the signed-in person may open (the menu registry checks
 * each view's roles), with a count beside a screen where something waits for them and on its section.
 * Home, Search (SLT) and Notices stand on their own; a section with one screen of the same name is that screen.
 * Each section is a navigation of its own whose heading folds it: Vaadin's nested side-nav items point
 * their toggle at an element they do not render, which screen readers and axe reject.
 */
final class PortalNavigation extends Composite<Div> {

    /** The sections, and the route paths of the screens in each, in the order shown. */
    enum Section {
        TRUST("Trust", "trust", "trust/add-school"),
        POSTS("Posts", "post", "drafts", "review", "calendar", "photos", "published"),
        PEOPLE("People and consent", "pupils", "pupils/import", "photo-consent", "consent-purposes"),
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
    private final Map<Span, List<String>> sectionCounts = new LinkedHashMap<>();
    private final Map<String, List<String>> outline = new LinkedHashMap<>();

    PortalNavigation() {
        this(MenuConfiguration.getMenuEntries());
    }

    PortalNavigation(List<MenuEntry> entries) {
        getContent().setId("main-navigation");
        getContent().addClassName("portal-navigation");
        var byPath = new LinkedHashMap<String, MenuEntry>();
        entries.forEach(entry -> byPath.put(path(entry), entry));
        var top = new SideNav();
        top.getElement().setAttribute("aria-label", "Main");
        byPath.entrySet().stream()
                .filter(e -> Section.of(e.getKey()) == null)
                .forEach(e -> top.addItem(screen(e.getValue())));
        getContent().add(top);
        var sections = new ArrayList<SideNav>();
        for (var section : Section.values()) {
            var mine = section.paths.stream()
                    .filter(byPath::containsKey)
                    .map(byPath::get)
                    .toList();
            if (mine.size() == 1 && mine.getFirst().title().equals(section.label)) {
                top.addItem(screen(mine.getFirst()));
            } else if (!mine.isEmpty()) {
                sections.add(section(section, mine));
            }
        }
        var listed = new LinkedHashMap<String, List<String>>();
        top.getItems().forEach(item -> listed.put(item.getLabel(), List.of()));
        listed.putAll(outline);
        outline.clear();
        outline.putAll(listed);
        sections.forEach(getContent()::add);
    }

    private SideNav section(Section section, List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.setCollapsible(true);
        nav.getElement().setAttribute("data-section", section.name().toLowerCase(Locale.ROOT));
        // The heading that folds the section, with the count of what waits in it.
        var count = new Span();
        var label = new Span(new Span(section.label), count);
        label.getElement().setAttribute("slot", "label");
        nav.getElement().appendChild(label.getElement());
        entries.forEach(entry -> nav.addItem(screen(entry)));
        sectionCounts.put(count, entries.stream().map(PortalNavigation::path).toList());
        outline.put(section.label, entries.stream().map(MenuEntry::title).toList());
        return nav;
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

    /** Shows how many things wait on each screen, and in all in each section. */
    void showCounts(Map<String, Long> counts) {
        screens.forEach((path, item) -> item.setSuffixComponent(badge(counts.getOrDefault(path, 0L))));
        sectionCounts.forEach((holder, paths) -> {
            holder.removeAll();
            var badge = badge(paths.stream()
                    .mapToLong(path -> counts.getOrDefault(path, 0L))
                    .sum());
            if (badge != null) {
                holder.add(badge);
            }
        });
    }

    /** The screens as listed, for tests: section label (or a screen on its own) → screen titles. */
    Map<String, List<String>> outline() {
        return outline;
    }

    /** The count shown for a section, for tests: "3 waiting", or empty. */
    String sectionCount(String label) {
        return sectionCounts.entrySet().stream()
                .filter(e -> e.getKey()
                        .getParent()
                        .map(p -> p.getElement().getTextRecursively().startsWith(label))
                        .orElse(false))
                .map(e -> e.getKey().getElement().getTextRecursively())
                .findFirst()
                .orElse("");
    }

    private static Span badge(long count) {
        if (count == 0) {
            return null;
        }
        // The number on screen; a screen reader hears "3 waiting" as part of the link's or heading's name.
        var hidden = new Span(" waiting");
        hidden.addClassName("visually-hidden");
        var badge = new Span(new Span(String.valueOf(count)), hidden);
        badge.getElement().getThemeList().add("badge pill primary");
        badge.addClassName("nav-count");
        return badge;
    }
}
