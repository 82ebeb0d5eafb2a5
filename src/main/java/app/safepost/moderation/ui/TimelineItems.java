package app.safepost.moderation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;

/** One step of a timeline or history: its parts in a line, with a link to the record it concerns. */
final class TimelineItems {

    private TimelineItems() {
    }

    static ListItem item(List<String> parts, String href, String linkText) {
        var item = new ListItem(String.join(" — ", parts));
        if (href != null) {
            var link = new Anchor(href, linkText);
            link.getStyle().set("text-decoration", "underline").set("margin-left", "0.5em");
            item.add(link);
        }
        return item;
    }
}
