package app.safepost.pupils.domain;

import app.safepost.common.SchoolTime;
import app.safepost.pupils.RosterChange;
import app.safepost.pupils.RosterChange.FieldDifference;
import app.safepost.pupils.RosterOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Compares a valid roster file with the roster, pupil by pupil, by UPN. Pure: the preview screen,
 * the import and the tests see the same outcome for every pupil.
 */
public final class RosterDiff {

    private RosterDiff() {
    }

    /** One row of the file with the pupil it matches (or {@code null} for a new pupil) and what changes. */
    public record Step(RosterCsv.Row row, Pupil pupil, RosterChange change) {

        public boolean consentChanges() {
            return pupil == null || pupil.hasImageConsent() != row.imageConsent()
                    || !Objects.equals(pupil.getConsentRecordedOn(), row.consentRecordedOn());
        }
    }

    /** The whole comparison: a step per row of the file, and the pupils on roll the file no longer lists. */
    public record Plan(List<Step> steps, List<Pupil> archived, List<RosterChange> changes) {
    }

    /**
     * @param roster     every pupil on the roster, archived ones included, by UPN
     * @param classIds   class ids by name
     * @param classNames class names by id
     */
    public static Plan compare(List<RosterCsv.Row> rows, Map<String, Pupil> roster, Map<String, UUID> classIds,
                               Map<UUID, String> classNames) {
        var steps = new ArrayList<Step>(rows.size());
        var changes = new ArrayList<RosterChange>(rows.size());
        var listed = new HashSet<String>();
        for (var row : rows) {
            listed.add(row.upn());
            var pupil = roster.get(row.upn());
            var change = pupil == null
                    ? new RosterChange(row.line(), row.upn(), row.firstName() + " " + row.surname(),
                            RosterOutcome.NEW, List.of())
                    : changeOf(row, pupil, classIds, classNames);
            steps.add(new Step(row, pupil, change));
            changes.add(change);
        }
        var archived = new ArrayList<Pupil>();
        roster.values().stream()
                .filter(p -> !p.isArchived() && !listed.contains(p.getUpn()))
                .sorted(Comparator.comparing(Pupil::getUpn))
                .forEach(p -> {
                    archived.add(p);
                    changes.add(new RosterChange(null, p.getUpn(), p.getFirstName() + " " + p.getSurname(),
                            RosterOutcome.ARCHIVED, List.of(new FieldDifference("On roll", "yes", "no (archived)"))));
                });
        return new Plan(steps, archived, changes);
    }

    private static RosterChange changeOf(RosterCsv.Row row, Pupil pupil, Map<String, UUID> classIds,
                                         Map<UUID, String> classNames) {
        var differences = new ArrayList<FieldDifference>();
        differ(differences, "First name", pupil.getFirstName(), row.firstName());
        differ(differences, "Surname", pupil.getSurname(), row.surname());
        differ(differences, "Preferred name", pupil.getPreferredName(), row.preferredName());
        if (!pupil.getClassId().equals(classIds.get(row.className()))) {
            differ(differences, "Class", classNames.getOrDefault(pupil.getClassId(), "?"), row.className());
        }
        differ(differences, "Image consent", yesNo(pupil.hasImageConsent()), yesNo(row.imageConsent()));
        differ(differences, "Consent recorded on", date(pupil.getConsentRecordedOn()), date(row.consentRecordedOn()));
        if (pupil.isArchived()) {
            differences.add(new FieldDifference("On roll", "no (archived)", "yes"));
        }
        return new RosterChange(row.line(), row.upn(), row.firstName() + " " + row.surname(),
                differences.isEmpty() ? RosterOutcome.UNCHANGED : RosterOutcome.CHANGED, differences);
    }

    private static void differ(Collection<FieldDifference> differences, String field, String before, String after) {
        var was = before == null ? "" : before;
        var now = after == null ? "" : after;
        if (!was.equals(now)) {
            differences.add(new FieldDifference(field, was, now));
        }
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String date(LocalDate date) {
        return SchoolTime.date(date);
    }
}
