package dev.bazaar.inventory.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import dev.bazaar.kernel.FieldProblems;
import dev.bazaar.kernel.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place where a vendor keeps stock: a warehouse, a shop's back room. */
@Entity
@Table(name = "stock_location")
public class StockLocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String line1;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StockLocation() {
        // for JPA
    }

    public StockLocation(long vendorId, String name, String line1, String city, String postalCode, String country,
                         Instant now) {
        this.vendorId = vendorId;
        this.name = FieldProblems.strip(name);
        this.line1 = FieldProblems.strip(line1);
        this.city = FieldProblems.strip(city);
        this.postalCode = FieldProblems.strip(postalCode);
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        Map<String, String> problems = new FieldProblems()
                .required("name", this.name, 120)
                .required("line1", this.line1, 200)
                .required("city", this.city, 100)
                .required("postalCode", this.postalCode, 20)
                .country("country", this.country)
                .asMap();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long vendorId() {
        return vendorId;
    }

    public String name() {
        return name;
    }

    public String line1() {
        return line1;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String country() {
        return country;
    }
}
