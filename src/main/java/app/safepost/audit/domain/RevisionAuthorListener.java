package app.safepost.audit.domain;

import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in person, or {@code system} for the portal's own work, and
 * the school in hand, whose chain it joins. A change recorded with no school in hand is refused: every
 * revision belongs to one school.
 */
public class RevisionAuthorListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        var revision = (PortalRevision) revisionEntity;
        var author = SignedInStaff.currentAuthor();
        revision.recordAuthor(author.username(), author.roles(), SchoolInHand.required());
    }
}
