package dev.bazaar.review.application;

import java.util.Arrays;
import java.util.Locale;

import dev.bazaar.kernel.InvalidInputException;

/** The orders a product's reviews are read in; ties go to the newest. */
public enum ReviewSort {
    NEWEST("r.writtenAt desc, r.id desc"),
    HELPFUL("r.helpfulVotes desc, r.writtenAt desc, r.id desc"),
    LOWEST("r.rating asc, r.writtenAt desc, r.id desc");

    private final String orderBy;

    ReviewSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /** The name in a URL ({@code newest}, {@code helpful}, {@code lowest}); none is NEWEST, anything else a 422 on {@code sort}. */
    public static ReviewSort parse(String name) {
        if (name == null || name.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("sort", "must be newest, helpful or lowest"));
    }

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
