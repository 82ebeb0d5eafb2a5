package app.safepost.media.domain;

import app.safepost.database.SchoolRecord;
import app.safepost.media.DeviceCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A photo taken in by the portal. Its stored image (stripped, upright) is kept by content hash in
 * {@link MediaContents}; this record, audited, says what it is, where it came from and what covers it.
 */
@Entity
@Table(name = "photo")
@Audited
public class Photo extends SchoolRecord {

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "device_make", length = 120)
    private String deviceMake;

    @Column(name = "device_model", length = 120)
    private String deviceModel;

    @Column(name = "device_serial", length = 120)
    private String deviceSerial;

    @Column(name = "device_registered", nullable = false)
    private boolean deviceRegistered;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_check", nullable = false, length = 30)
    private DeviceCheck deviceCheck;

    /** Uploaded from a browser or client enrolled as a school iPad in service. */
    @Column(name = "device_enrolled", nullable = false)
    private boolean deviceEnrolled;

    /** The school device it is tied to, by serial or enrolment, with its label as it was then. */
    @Column(name = "device_id")
    private @Nullable UUID deviceId;

    @Column(name = "device_label", length = 120)
    private @Nullable String deviceLabel;

    /** One line per cover: x,y,width,height,style,emoji,pupil (see {@link CoverLines}). */
    @Column(nullable = false, length = 4000)
    private String covers = "";

    @Column(name = "uploaded_by", nullable = false, length = 120)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Photo() {}

    public Photo(
            String contentSha256,
            String contentType,
            int width,
            int height,
            long sizeBytes,
            String fileName,
            @Nullable CameraTags camera,
            DeviceCheckRule.Verdict device,
            String uploadedBy,
            Instant uploadedAt) {
        this.contentSha256 = contentSha256;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.fileName = fileName;
        if (camera != null) {
            this.deviceMake = camera.make();
            this.deviceModel = camera.model();
            this.deviceSerial = camera.serial();
        }
        this.deviceRegistered = device.check().passes();
        this.deviceCheck = device.check();
        this.deviceEnrolled = device.enrolled();
        if (device.device() != null) {
            this.deviceId = device.device().id().value();
            this.deviceLabel = device.device().label();
        }
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void replaceCovers(String covers) {
        this.covers = covers;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getFileName() {
        return fileName;
    }

    public @Nullable CameraTags getCamera() {
        return deviceMake == null && deviceModel == null && deviceSerial == null
                ? null
                : new CameraTags(
                        deviceMake == null ? "" : deviceMake, deviceModel == null ? "" : deviceModel, deviceSerial);
    }

    public boolean isDeviceRegistered() {
        return deviceRegistered;
    }

    public DeviceCheck getDeviceCheck() {
        return deviceCheck;
    }

    public boolean isDeviceEnrolled() {
        return deviceEnrolled;
    }

    public @Nullable String getDeviceLabel() {
        return deviceLabel;
    }

    public String getCovers() {
        return covers;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
