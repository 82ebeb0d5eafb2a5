package app.safepost.school;

import app.safepost.audit.AuditTrail;
import app.safepost.database.ChangeCounts;
import app.safepost.school.domain.DeviceEnrolment.EndReason;
import app.safepost.school.domain.DeviceEnrolmentRepository;
import app.safepost.school.domain.SchoolClass;
import app.safepost.school.domain.SchoolClassRepository;
import app.safepost.school.domain.SchoolDevice;
import app.safepost.school.domain.SchoolDeviceRepository;
import app.safepost.school.domain.StaffMember;
import app.safepost.school.domain.StaffMemberRepository;
import app.safepost.school.domain.StaffMembership;
import app.safepost.school.domain.StaffMembershipRepository;
import app.safepost.security.Membership;
import app.safepost.security.Roles;
import app.safepost.security.SchoolId;
import app.safepost.security.SchoolInHand;
import app.safepost.security.SignedInStaff;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.validation.annotation.Validated;

/** The school's classes, staff and devices, as other modules and the screens see them. */
@Service
@Validated
public class SchoolDirectory {

    private static final String OFFICE_OR_SLT = "hasAnyRole('" + Roles.OFFICE + "','" + Roles.SLT + "')";

    private final SchoolClassRepository classes;
    private final StaffMemberRepository staff;
    private final SchoolDeviceRepository devices;
    private final DeviceEnrolmentRepository enrolments;
    private final Clock clock;
    private final StaffMembershipRepository memberships;

    private final AuditTrail auditTrail;
    private final ChangeCounts changes;
    private final Map<SchoolId, HeldClasses> classesHeld = new ConcurrentHashMap<>();

    SchoolDirectory(
            SchoolClassRepository classes,
            StaffMemberRepository staff,
            SchoolDeviceRepository devices,
            DeviceEnrolmentRepository enrolments,
            Clock clock,
            StaffMembershipRepository memberships,
            AuditTrail auditTrail,
            ChangeCounts changes) {
        this.auditTrail = auditTrail;
        this.changes = changes;
        this.enrolments = enrolments;
        this.clock = clock;
        this.classes = classes;
        this.staff = staff;
        this.devices = devices;
        this.memberships = memberships;
    }

    /** Every class, Reception first. Class names and staff are not pupil data. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ClassSummary> classes() {
        // Most screens and every check with a photo ask for the classes; they change a few times a year.
        // Kept per school while the counted changes stand still (docs/decisions/0019-counted-changes.md),
        // filled only by read-only work, so that a change a transaction may yet roll back is never kept.
        var school = SchoolInHand.required();
        long counted = changes.rosterAndPostingRules();
        var held = classesHeld.get(school);
        if (held != null && held.counted() == counted) {
            return held.classes();
        }
        var read = classes.findAllBy().stream()
                .map(SchoolDirectory::toSummary)
                .sorted(Comparator.comparingInt(ClassSummary::yearOrder).thenComparing(ClassSummary::name))
                .toList();
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            classesHeld.put(school, new HeldClasses(counted, read));
        }
        return read;
    }

    private record HeldClasses(long counted, List<ClassSummary> classes) {}

    /** One class with its staff: what a check of one account needs, without reading every class. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ClassSummary> schoolClass(ClassId id) {
        // Asked for each account a screen or check looks at: from the classes kept, while they are current.
        var held = classesHeld.get(SchoolInHand.required());
        if (held != null && held.counted() == changes.rosterAndPostingRules()) {
            return held.classes().stream().filter(c -> c.id().equals(id)).findFirst();
        }
        return classes.findWithStaffById(id.value()).map(SchoolDirectory::toSummary);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ClassSummary> classNamed(String name) {
        return classes.findByName(name).map(SchoolDirectory::toSummary);
    }

    /** The classes a member of staff teaches or supports, by name. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<String> classesOf(String username) {
        return classes().stream()
                .filter(c -> c.isStaffedBy(username))
                .map(ClassSummary::name)
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<StaffSummary> staffMember(String username) {
        return staff.findByUsername(username)
                .map(member -> new StaffSummary(
                        member.getUsername(),
                        member.getDisplayName(),
                        member.getEmail(),
                        member.getRoles(),
                        classesOf(username)));
    }

    /** The name of every member of staff known to the portal, by username. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public StaffNames staffNames() {
        return new StaffNames(staff.findAll().stream()
                .collect(Collectors.toMap(StaffMember::getUsername, StaffMember::getDisplayName, (a, b) -> a)));
    }

    /** Every member of staff known to the portal, by display name. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public List<StaffSummary> staff() {
        var all = classes();
        return staff.findAll().stream()
                .map(member -> new StaffSummary(
                        member.getUsername(),
                        member.getDisplayName(),
                        member.getEmail(),
                        member.getRoles(),
                        all.stream()
                                .filter(c -> c.isStaffedBy(member.getUsername()))
                                .map(ClassSummary::name)
                                .toList()))
                .sorted(Comparator.comparing(StaffSummary::displayName))
                .toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long staffCount() {
        return staff.count();
    }

    /** The register of school devices, in service and retired: office and SLT. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional(readOnly = true)
    public List<DeviceSummary> devices() {
        return devices.findAll().stream()
                .map(SchoolDirectory::toSummary)
                .sorted(Comparator.comparing(DeviceSummary::label))
                .toList();
    }

    /**
     * The registered device with this serial number, if any. For checking where a photo was taken (P3):
     * anyone who may attach a photo may ask.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<DeviceSummary> deviceWithSerial(String serial) {
        return serial == null
                ? Optional.empty()
                : devices.findBySerial(serial.strip()).map(SchoolDirectory::toSummary);
    }

    /** Registers a new school device: the office keeps the register. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public DeviceSummary registerDevice(@Valid DeviceDetails details) {
        var serial = details.serial().strip();
        if (devices.findBySerial(serial).isPresent()) {
            throw new IllegalArgumentException("A device with serial number " + serial + " is already registered.");
        }
        return toSummary(devices.saveAndFlush(new SchoolDevice(
                details.label().strip(), details.make().strip(), details.model().strip(), serial)));
    }

    /** Corrects a device's details; refused if someone else saved it since {@code version}. */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public DeviceSummary updateDevice(DeviceId id, @Valid DeviceDetails details, long version) {
        var device = requireDevice(id, version);
        var serial = details.serial().strip();
        var other = devices.findBySerial(serial);
        if (other.isPresent() && !other.get().getId().equals(id.value())) {
            throw new IllegalArgumentException("A device with serial number " + serial + " is already registered.");
        }
        device.update(
                details.label().strip(), details.make().strip(), details.model().strip(), serial);
        return toSummary(devices.saveAndFlush(device));
    }

    /**
     * Retires a device or returns it to service; retired devices stay on the register. Retiring ends the
     * device's enrolment (P3), so a device returned to service is enrolled afresh.
     */
    @PreAuthorize(Roles.IS_OFFICE)
    @Transactional
    public DeviceSummary setDeviceInService(DeviceId id, boolean inService, long version) {
        var device = requireDevice(id, version);
        device.setInService(inService);
        if (!inService) {
            enrolments
                    .findByDeviceIdAndEndedAtIsNull(device.getId())
                    .ifPresent(current -> current.end(
                            EndReason.RETIRED, SignedInStaff.currentAuthor().username(), clock.instant()));
        }
        return toSummary(devices.saveAndFlush(device));
    }

    /** Adds a class with its staff: SLT. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ClassSummary addClass(@Valid ClassDetails details) {
        var name = details.name().strip();
        if (classes.findByName(name).isPresent()) {
            throw new IllegalArgumentException("There is already a class named " + name + ".");
        }
        var schoolClass = classes.save(new SchoolClass(name, details.yearGroup(), blankToNull(details.nickname())));
        applyStaff(schoolClass, details);
        return toSummary(classes.saveAndFlush(schoolClass));
    }

    /** Renames a class or changes who runs it: SLT. Every change is a revision in the audit trail. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public ClassSummary updateClass(ClassId id, @Valid ClassDetails details) {
        var schoolClass = classes.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No such class"));
        var name = details.name().strip();
        var other = classes.findByName(name);
        if (other.isPresent() && !other.get().getId().equals(id.value())) {
            throw new IllegalArgumentException("There is already a class named " + name + ".");
        }
        schoolClass.update(name, details.yearGroup(), blankToNull(details.nickname()));
        applyStaff(schoolClass, details);
        return toSummary(classes.saveAndFlush(schoolClass));
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional(readOnly = true)
    public long devicesInService() {
        return devices.countByInServiceTrue();
    }

    /** Adds or updates a member of staff; {@code true} if anything changed. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean registerStaff(String username, String displayName, String email, Collection<String> roles) {
        return upsertStaff(username, displayName, email, roles);
    }

    /**
     * Brings a member of staff's record in line with what the school's single sign-on says about
     * them as they sign in or put another school in hand: name, e-mail, their roles in the school in
     * hand, and the classes named for them there (as teaching assistant if they hold that role, else as
     * class teacher; classes the portal does not know are skipped); and records what they hold in each
     * of their schools. Someone who holds only trust roles is not a school's staff and gets no record.
     * Only the person signing in may record their own sign-in. {@code true} if anything changed; an
     * unchanged sign-in writes no revision.
     */
    @PreAuthorize("isAuthenticated() and #member.username() == authentication.name")
    @Transactional
    public boolean recordSignIn(SignedInStaff member) {
        var schoolRoles = Roles.effective(member.roles());
        var changed = recordMemberships(member);
        if (schoolRoles.isEmpty() && !Roles.trust(member.roles()).isEmpty()) {
            return changed;
        }
        changed |= upsertStaff(member.username(), member.displayName(), member.email(), schoolRoles);
        for (var className : member.classes()) {
            var schoolClass = classes.findByName(className);
            if (schoolClass.isEmpty()) {
                continue;
            }
            var person = requireStaff(member.username());
            if (member.hasRole(Roles.TEACHING_ASSISTANT)) {
                changed |= schoolClass.get().addAssistant(person);
            } else if (!person.equals(schoolClass.get().getClassTeacher())) {
                schoolClass.get().assignClassTeacher(person);
                changed = true;
            }
        }
        return changed;
    }

    /** What the person holds in each school: a row per school where they hold a role or a class. */
    private boolean recordMemberships(SignedInStaff member) {
        var held = member.memberships().stream()
                .filter(m -> !m.roles().isEmpty() || !m.classes().isEmpty())
                .collect(Collectors.toMap(m -> m.school().value(), m -> m));
        var changed = false;
        for (var recorded : memberships.findByUsername(member.username())) {
            var now = held.remove(recorded.getSchoolId());
            if (now == null) {
                memberships.delete(recorded);
                changed = true;
            } else {
                changed |= recorded.update(now.roles(), now.classes());
            }
        }
        for (Membership added : held.values()) {
            memberships.save(
                    new StaffMembership(member.username(), added.school().value(), added.roles(), added.classes()));
            changed = true;
        }
        return changed;
    }

    private boolean upsertStaff(String username, String displayName, String email, Collection<String> roles) {
        var existing = staff.findByUsername(username);
        if (existing.isEmpty()) {
            staff.save(new StaffMember(username, displayName, email, roles));
            return true;
        }
        var member = existing.get();
        if (member.matches(displayName, email, roles)) {
            return false;
        }
        member.update(displayName, email, roles);
        return true;
    }

    /** Adds a class if none of that name exists; {@code true} if it was added. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean addClassIfMissing(String name, String yearGroup, String nickname) {
        if (classes.findByName(name).isPresent()) {
            return false;
        }
        classes.save(new SchoolClass(name, yearGroup, nickname));
        return true;
    }

    /** Makes the member of staff the class teacher; {@code true} if that changed anything. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean assignClassTeacher(String className, String username) {
        var schoolClass = requireClass(className);
        var teacher = requireStaff(username);
        if (teacher.equals(schoolClass.getClassTeacher())) {
            return false;
        }
        schoolClass.assignClassTeacher(teacher);
        return true;
    }

    /** Adds a teaching assistant to the class; {@code true} if they were not already there. */
    @PreAuthorize(Roles.IS_SLT)
    @Transactional
    public boolean addAssistant(String className, String username) {
        return requireClass(className).addAssistant(requireStaff(username));
    }

    /** Registers a school device by serial number; {@code true} if it was new. */
    @PreAuthorize(OFFICE_OR_SLT)
    @Transactional
    public boolean registerDeviceIfMissing(String label, String make, String model, String serial) {
        if (devices.findBySerial(serial).isPresent()) {
            return false;
        }
        devices.save(new SchoolDevice(label, make, model, serial));
        return true;
    }

    private void applyStaff(SchoolClass schoolClass, ClassDetails details) {
        schoolClass.assignClassTeacher(
                details.classTeacher() == null || details.classTeacher().isBlank()
                        ? null
                        : requireStaff(details.classTeacher()));
        schoolClass.replaceAssistants(
                details.assistants().stream().map(this::requireStaff).collect(Collectors.toSet()));
    }

    private SchoolDevice requireDevice(DeviceId id, long version) {
        var device = devices.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No such device"));
        if (device.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SchoolDevice.class, id.value());
        }
        return device;
    }

    static DeviceSummary toSummary(SchoolDevice d) {
        return new DeviceSummary(
                new DeviceId(d.getId()),
                d.getLabel(),
                d.getMake(),
                d.getModel(),
                d.getSerial(),
                d.isInService(),
                d.getVersion());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private SchoolClass requireClass(String name) {
        return classes.findByName(name).orElseThrow(() -> new IllegalArgumentException("No class named " + name));
    }

    private StaffMember requireStaff(String username) {
        return staff.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No member of staff " + username));
    }

    private static ClassSummary toSummary(SchoolClass c) {
        return new ClassSummary(
                new ClassId(c.getId()),
                c.getName(),
                c.getYearGroup(),
                c.getNickname(),
                c.getClassTeacher() == null ? null : c.getClassTeacher().getUsername(),
                c.getAssistants().stream()
                        .map(StaffMember::getUsername)
                        .sorted()
                        .toList());
    }

    /** The audit trail explorer filtered to one class: for those who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    public String historyLink(ClassId id) {
        return auditTrail.historyLink(SchoolClass.class, id.value());
    }

    /** The audit trail explorer filtered to one school device: for those who read the audit trail. */
    @PreAuthorize(Roles.IS_SLT_OR_GOVERNOR)
    public String historyLink(DeviceId id) {
        return auditTrail.historyLink(SchoolDevice.class, id.value());
    }
}
