package dev.bazaar.vendor.domain;

import java.time.Instant;
import java.util.Locale;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A shop selling on Bazaar: its public profile, the business behind it and where it stands with the
 * platform. Status changes follow {@link VendorStatus}; anything else is a conflict, never a silent write.
 */
@Entity
@Table(name = "vendor")
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VendorStatus status;

    @Column(name = "legal_name", length = 200)
    private String legalName;

    @Column(name = "registration_number", length = 60)
    private String registrationNumber;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(length = 2)
    private String country;

    @Column(name = "payout_currency", length = 3)
    private String payoutCurrency;

    @Column(columnDefinition = "text")
    private String description;

    @Column(name = "return_policy", columnDefinition = "text")
    private String returnPolicy;

    @Column(name = "logo_image_id")
    private Long logoImageId;

    /** Null follows the platform's default rate. */
    @Column(name = "commission_bps")
    private Integer commissionBasisPoints;

    /** Why the shop was rejected or suspended, as told to the applicant. */
    @Column(name = "status_reason", columnDefinition = "text")
    private String statusReason;

    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Vendor() {
        // for JPA
    }

    /** Files an application; the shop waits, invisible to shoppers, until an admin decides. */
    public static Vendor apply(ShopApplication application, long applicantId, Instant now) {
        if (!application.problems().isEmpty()) {
            throw new IllegalArgumentException("An application with problems cannot be filed: " + application.problems());
        }
        Vendor vendor = new Vendor();
        vendor.slug = application.slug();
        vendor.name = application.shopName();
        vendor.legalName = application.legalName();
        vendor.registrationNumber = application.registrationNumber();
        vendor.contactEmail = application.contactEmail().toLowerCase(Locale.ROOT);
        vendor.contactPhone = application.contactPhone();
        vendor.country = application.country();
        vendor.payoutCurrency = application.payoutCurrency();
        vendor.applicantId = applicantId;
        vendor.status = VendorStatus.PENDING;
        vendor.createdAt = now;
        return vendor;
    }

    public void approve(Instant now) {
        moveTo(VendorStatus.APPROVED, null, now);
    }

    public void reject(String reason, Instant now) {
        moveTo(VendorStatus.REJECTED, requireReason(reason), now);
    }

    public void suspend(String reason, Instant now) {
        moveTo(VendorStatus.SUSPENDED, requireReason(reason), now);
    }

    public void reinstate(Instant now) {
        if (status != VendorStatus.SUSPENDED) {
            throw new ConflictException("status", "is " + status + "; only a suspended shop can be reinstated");
        }
        moveTo(VendorStatus.APPROVED, null, now);
    }

    /** Sets the shop's own rate; null returns it to the platform default. */
    public void changeCommission(CommissionRate rate) {
        commissionBasisPoints = rate == null ? null : rate.basisPoints();
    }

    public static final int MAX_PROFILE_TEXT = 5_000;

    /**
     * The shop's own words: a description (formatting kept, anything that could run removed) and the
     * return policy (plain text, its line breaks kept when shown).
     */
    public void describe(String newDescription, String newReturnPolicy) {
        String cleanDescription = RichText.sanitise(newDescription);
        String cleanPolicy = newReturnPolicy == null || newReturnPolicy.isBlank() ? null : newReturnPolicy.strip();
        new FieldProblems()
                .optional("description", cleanDescription, MAX_PROFILE_TEXT)
                .optional("returnPolicy", cleanPolicy, MAX_PROFILE_TEXT)
                .throwIfAny();
        description = cleanDescription;
        returnPolicy = cleanPolicy;
    }

    /** The picture shown on the shop's page; null takes it away. */
    public void changeLogo(Long imageId) {
        logoImageId = imageId;
    }

    private void moveTo(VendorStatus target, String reason, Instant now) {
        if (!status.canTransitionTo(target)) {
            throw new ConflictException("status", "is " + status + " and cannot become " + target);
        }
        status = target;
        statusReason = reason;
        decidedAt = now;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        return reason.strip();
    }

    /** The rate that applies to this shop's sales. */
    public CommissionRate commission(CommissionRate platformDefault) {
        return commissionBasisPoints == null ? platformDefault : new CommissionRate(commissionBasisPoints);
    }

    public boolean hasOwnCommission() {
        return commissionBasisPoints != null;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public VendorStatus status() {
        return status;
    }

    public String legalName() {
        return legalName;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String country() {
        return country;
    }

    public String payoutCurrency() {
        return payoutCurrency;
    }

    public String description() {
        return description;
    }

    public String returnPolicy() {
        return returnPolicy;
    }

    public Long logoImageId() {
        return logoImageId;
    }

    public String statusReason() {
        return statusReason;
    }

    public Long applicantId() {
        return applicantId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
