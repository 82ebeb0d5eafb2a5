package app.safepost.drafting.ui;

import app.safepost.common.SchoolTime;
import app.safepost.drafting.DraftDetails;
import app.safepost.drafting.DraftVersion;
import app.safepost.drafting.Drafts;
import app.safepost.school.StaffNames;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A draft's saved versions, each with what changed word by word; for SLT, a link to its audit trail. */
class DraftVersions extends Details {

    private final Drafts drafts;
    private final StaffNames names;

    DraftVersions(Drafts drafts, StaffNames names) {
        super("Versions");
        this.drafts = drafts;
        this.names = names;
        setId("versions");
        setVisible(false);
    }

    void show(@Nullable DraftDetails draft) {
        removeAll();
        if (draft == null) {
            setVisible(false);
            return;
        }
        List<DraftVersion> saved = drafts.versions(draft.id());
        setSummaryText("Versions (" + saved.size() + ")");
        setVisible(true);
        var list = new UnorderedList();
        String before = "";
        int number = 1;
        for (var version : saved) {
            var item = new ListItem(new Paragraph("Version " + number++ + " · " + SchoolTime.dateTime(version.savedAt())
                    + " · " + names.of(version.savedBy()) + " · "
                    + version.status().label()));
            item.add(new WordDiffView(before, version.text()));
            list.add(item);
            before = version.text();
        }
        add(list);
        if (SignedInStaff.current().map(s -> s.hasRole(Roles.SLT)).orElse(false)) {
            var inTrail = new Anchor(drafts.historyLink(draft.id()), "Open this draft's history in the audit trail");
            inTrail.setId("draft-history-link");
            add(inTrail);
        }
    }
}
