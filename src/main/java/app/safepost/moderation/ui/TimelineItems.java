package app.safepost.moderation.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;

/** One step of a timeline or history: its parts in a line, with a link to the record it concerns. */
final class TimelineItems {

    private TimelineItems() {}

    static ListItem item(List<String> parts, String href, String linkText) {
        var item = new ListItem(String.join(" — ", parts));
        if (href != null) {
            var link = new Anchor(href, linkText);
            link.getStyle().set("text-decoration", "underline");
            // A space in the text, not a margin: read aloud or copied, the words stay apart.
            item.add(new Text(" "), link);
        }
        return item;
    }
}
