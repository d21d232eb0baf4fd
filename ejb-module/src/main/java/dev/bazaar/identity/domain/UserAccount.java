package dev.bazaar.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import dev.bazaar.kernel.EmailAddress;
import dev.bazaar.kernel.PhoneNumber;
import dev.bazaar.kernel.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's account: how they sign in, what they are called, and which roles they hold. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 40)
    private String phone;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The currency chosen in the storefront's header: an ISO 4217 code, or "all" (none chosen: null). */
    @Column(name = "preferred_currency", length = 3)
    private String preferredCurrency;

    /** The vendor whose shop this account works in (vendor roles only). */
    @Column(name = "vendor_id")
    private Long vendorId;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAccount() {
        // for JPA
    }

    /** A new customer account; its e-mail address is not verified yet. */
    public static UserAccount registerCustomer(EmailAddress email, DisplayName name, String passwordHash) {
        UserAccount account = new UserAccount();
        account.email = email.value();
        account.displayName = name.value();
        account.passwordHash = passwordHash;
        account.status = AccountStatus.ACTIVE;
        account.roles.add(Role.CUSTOMER);
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        return account;
    }

    /**
     * An account the platform sets up itself (demo accounts, staff invited by an admin): its address
     * counts as verified and it may hold any roles, vendor roles with their vendor.
     */
    public static UserAccount provision(EmailAddress email, DisplayName name, String passwordHash, Set<Role> roles,
                                        Long vendorId) {
        boolean vendorRole = roles.stream().anyMatch(Role::isVendorRole);
        if (vendorRole != (vendorId != null)) {
            throw new IllegalArgumentException("Vendor roles, and only they, need a vendor");
        }
        UserAccount account = new UserAccount();
        account.email = email.value();
        account.displayName = name.value();
        account.passwordHash = passwordHash;
        account.status = AccountStatus.ACTIVE;
        account.roles.addAll(roles);
        account.vendorId = vendorId;
        account.createdAt = Instant.now();
        account.updatedAt = account.createdAt;
        account.emailVerifiedAt = account.createdAt;
        return account;
    }

    /** The person showed they read mail sent to the address. */
    public void verifyEmail(Instant now) {
        emailVerifiedAt = now;
        updatedAt = now;
    }

    public void disable() {
        status = AccountStatus.DISABLED;
        updatedAt = Instant.now();
    }

    public void enable() {
        status = AccountStatus.ACTIVE;
        updatedAt = Instant.now();
    }

    /** Replaces the roles; vendor roles only for an account that works for a vendor. */
    public void replaceRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        if (vendorId == null && newRoles.stream().anyMatch(Role::isVendorRole)) {
            throw new IllegalArgumentException("Vendor roles need the account to work for a vendor");
        }
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = Instant.now();
    }

    /**
     * Starts working for a vendor in a vendor role (keeping the roles held so far). An account works
     * for one vendor at most, and holds one vendor role there.
     */
    public void joinVendor(long vendor, Role role) {
        if (!role.isVendorRole()) {
            throw new IllegalArgumentException(role + " is not a vendor role");
        }
        if (vendorId != null && vendorId != vendor) {
            throw new IllegalStateException("This account already works for another shop");
        }
        vendorId = vendor;
        roles.removeIf(Role::isVendorRole);
        roles.add(role);
        updatedAt = Instant.now();
    }

    /** New name and phone; the caller has checked both. */
    public void updateProfile(DisplayName name, String phone) {
        this.displayName = name.value();
        this.phone = PhoneNumber.normalize(phone);
        this.updatedAt = Instant.now();
    }

    /** Keeps the currency chosen to shop in ({@code "all"}: every currency); the caller has checked it. */
    public void chooseCurrency(String choice) {
        this.preferredCurrency = choice;
        this.updatedAt = Instant.now();
    }

    public Optional<String> preferredCurrency() {
        return Optional.ofNullable(preferredCurrency);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.updatedAt = Instant.now();
    }

    public Long vendorId() {
        return vendorId;
    }

    public String phone() {
        return phone;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
