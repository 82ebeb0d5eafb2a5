package app.safepost.subjectaccess.ui;

import app.safepost.pupils.PupilId;
import app.safepost.pupils.PupilRecord;
import app.safepost.pupils.PupilRoster;
import app.safepost.security.Roles;
import app.safepost.security.SignedInStaff;
import app.safepost.subjectaccess.SubjectAccess;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;

/**
 * "Everything we hold about this pupil", opened from the pupil's page: the ZIP for a subject access
 * request (the data protection officer may tick to include pupils' names in incidents, which is
 * recorded with the export) and erasing the pupil's photos ({@link ErasureSection}).
 */
@Route("pupils/:id/everything-we-hold")
@PageTitle("Everything we hold about a pupil · Safepost")
@RolesAllowed({Roles.SLT, Roles.DPO})
public class SubjectAccessView extends Main implements BeforeEnterObserver {

    private final PupilRoster roster;
    private final SubjectAccess subjectAccess;
    /** Read by the download's own request: the box's value as the person last set it. */
    private volatile boolean withNames;

    SubjectAccessView(PupilRoster roster, SubjectAccess subjectAccess) {
        this.roster = roster;
        this.subjectAccess = subjectAccess;
        addClassName("screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PupilRecord pupil;
        try {
            pupil = roster.record(new PupilId(
                            UUID.fromString(event.getRouteParameters().get("id").orElse(""))))
                    .orElse(null);
        } catch (IllegalArgumentException notAnId) {
            pupil = null;
        }
        if (pupil == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(pupil);
    }

    private void show(PupilRecord pupil) {
        var back = new Anchor("pupils/" + pupil.id(), "Back to " + pupil.fullName() + "'s page");
        add(back, new H2("Everything we hold about " + pupil.fullName()));
        add(new Paragraph("For a subject access request: one ZIP with a summary to read (PDF), the same records as"
                + " JSON, and every photo that shows or names the pupil as it was or would be published, covers"
                + " burned in. It holds the roster's history, consents and their history, drafts, posts, incidents"
                + " that mention the pupil and the audit trail's entries about them. Each download is recorded in"
                + " the audit trail."));
        if (SignedInStaff.current().map(s -> s.hasRole(Roles.DPO)).orElse(false)) {
            var names = new Checkbox("Include pupils' names in incidents (recorded with the download)");
            names.setId("include-names");
            names.setHelperText("Otherwise names in incidents are shown as [name], as governors read them.");
            names.addValueChangeListener(e -> withNames = e.getValue());
            add(names);
        }
        var upn = pupil.upn();
        var download = new Anchor(
                (DownloadHandler) event -> {
                    var file = subjectAccess.gather(upn, withNames, SubjectAccess.Via.SCREEN);
                    event.setFileName(SubjectAccess.fileName(file));
                    event.setContentType("application/zip");
                    subjectAccess.write(file, event.getOutputStream());
                },
                "Download everything (ZIP)");
        download.setId("download-everything");
        add(new Paragraph(download));
        add(new H3("Erase this pupil's photos"));
        add(new ErasureSection(subjectAccess, pupil));
    }
}
