package app.safepost.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.safepost.audit.ChangeType;
import app.safepost.audit.FieldChange;
import app.safepost.testing.SafepostTest;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@SafepostTest
class SchoolProfileAuditTest {

    @Autowired
    SchoolProfileService service;

    private static SchoolProfile withContact(SchoolProfile p, String email) {
        return new SchoolProfile(p.name(), email, p.contactPhone(), p.address(), p.wholeSchoolHandle(), p.version());
    }

    @Test
    @WithUserDetails(value = "head", userDetailsServiceBeanName = "demoSignIn")
    void an_edit_by_the_head_is_a_revision_with_her_name_roles_and_before_and_after() {
        var before = service.profile();
        var newEmail = "head.office+" + System.nanoTime() + "@jessegray.example";

        service.update(withContact(before, newEmail));

        var last = service.history().getLast();
        assertThat(last.by()).isEqualTo("head");
        assertThat(last.roles()).containsExactlyInAnyOrder("head-teacher", "slt", "dsl", "dpo");
        assertThat(last.type()).isEqualTo(ChangeType.MODIFIED);
        assertThat(last.changes()).containsExactly(new FieldChange("contactEmail", before.contactEmail(), newEmail));
        assertThat(service.history().getFirst().type()).isEqualTo(ChangeType.ADDED);
        assertThat(service.history().getFirst().by()).isEqualTo("system");
    }

    @Test
    @WithUserDetails(value = "deputy", userDetailsServiceBeanName = "demoSignIn")
    void an_invalid_email_is_refused_and_changes_nothing() {
        var before = service.profile();
        var revisions = service.history().size();

        assertThatThrownBy(() -> service.update(withContact(before, "not an email")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Enter an e-mail address like office@school.example.");

        assertThat(service.profile()).isEqualTo(before);
        assertThat(service.history()).hasSize(revisions);
    }

    @Test
    @WithUserDetails(value = "deputy", userDetailsServiceBeanName = "demoSignIn")
    void a_stale_version_is_refused() {
        var before = service.profile();
        var stale = new SchoolProfile(
                before.name(),
                before.contactEmail(),
                before.contactPhone(),
                before.address(),
                before.wholeSchoolHandle(),
                before.version() - 1);

        assertThatThrownBy(() -> service.update(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(service.profile()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "governor", userDetailsServiceBeanName = "demoSignIn")
    void a_governor_reads_the_history_but_may_not_edit() {
        var profile = service.profile();

        assertThat(service.history()).isNotEmpty();
        assertThatThrownBy(() -> service.update(withContact(profile, "gov@jessegray.example")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "teacher", userDetailsServiceBeanName = "demoSignIn")
    void a_teacher_reads_the_profile_but_not_its_history() {
        assertThat(service.profile().wholeSchoolHandle()).isEqualTo("@JesseGrayPrimary");
        assertThatThrownBy(() -> service.history()).isInstanceOf(AccessDeniedException.class);
    }
}
