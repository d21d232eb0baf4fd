package dev.bazaar.review.domain;

import java.time.Instant;

import dev.bazaar.kernel.ConflictException;
import dev.bazaar.kernel.FieldProblems;
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
 * A buyer's review of one delivered order line: a rating from 1 to 5 stars, a title and a text, all
 * plain text (pages escape it). It waits for an admin, who approves or hides it; the shop may answer
 * it once, in public. Helpful votes and reports are counted by the database ({@link Reviews}), never
 * written from here.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REPLY = 2000;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_line_id", nullable = false, updatable = false)
    private long orderLineId;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewState state;

    @Column(name = "hidden_reason", length = MAX_REASON)
    private String hiddenReason;

    @Column(name = "moderated_by", length = 254)
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "helpful_votes", insertable = false, updatable = false)
    private int helpfulVotes;

    @Column(name = "reports", insertable = false, updatable = false)
    private int reports;

    @Column(length = MAX_REPLY)
    private String reply;

    @Column(name = "replied_by", length = 254)
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected Review() {
        // for JPA
    }

    /**
     * A new review, waiting for moderation; every broken rule is reported at once, by field
     * ({@code rating}, {@code title}, {@code text}).
     */
    public Review(long orderLineId, long productId, long vendorId, long authorId, String authorName, Integer rating,
                  String title, String text, Instant at) {
        String cleanTitle = FieldProblems.strip(title);
        String cleanText = FieldProblems.strip(text);
        new FieldProblems()
                .when(rating == null, "rating", "is required: 1 to 5 stars")
                .when(rating != null && (rating < MIN_RATING || rating > MAX_RATING), "rating", "must be from 1 to 5 stars")
                .required("title", cleanTitle, MAX_TITLE)
                .required("text", cleanText, MAX_TEXT)
                .throwIfAny();
        this.orderLineId = orderLineId;
        this.productId = productId;
        this.vendorId = vendorId;
        this.authorId = authorId;
        this.authorName = publicName(authorName);
        this.rating = rating;
        this.title = cleanTitle;
        this.body = cleanText;
        this.state = ReviewState.PENDING;
        this.writtenAt = at;
    }

    /** How a reviewer is named in public: the first name and the initial of the last ("Kari N."). */
    static String publicName(String displayName) {
        String[] words = displayName == null ? new String[0] : displayName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "A buyer";
        }
        String first = words[0].length() > 100 ? words[0].substring(0, 100) : words[0];
        return words.length == 1 ? first : first + " " + words[words.length - 1].codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }

    /** Shows the review and counts its rating; refused (409) for one approved already. */
    public void approve(String admin, Instant at) {
        moveTo(ReviewState.APPROVED, admin, at);
        hiddenReason = null;
    }

    /** Takes the review out of sight (and out of the ratings) with the reason the admins keep. */
    public void hide(String reason, String admin, Instant at) {
        String why = FieldProblems.strip(reason);
        new FieldProblems().required("reason", why, MAX_REASON).throwIfAny();
        moveTo(ReviewState.HIDDEN, admin, at);
        hiddenReason = why;
    }

    private void moveTo(ReviewState target, String admin, Instant at) {
        if (!state.canTransitionTo(target)) {
            throw new ConflictException("state", "is " + state + ": a review that is " + state.name().toLowerCase()
                    + " cannot become " + target.name().toLowerCase());
        }
        state = target;
        moderatedBy = admin;
        moderatedAt = at;
    }

    /** The shop's one public answer, to an approved review. */
    public void reply(String text, String by, Instant at) {
        if (reply != null) {
            throw new ConflictException("reply", "is given already: a shop answers a review once");
        }
        if (state != ReviewState.APPROVED) {
            throw new ConflictException("state", "is " + state + ": a shop answers a review once it is shown");
        }
        String answer = FieldProblems.strip(text);
        new FieldProblems().required("text", answer, MAX_REPLY).throwIfAny();
        reply = answer;
        repliedBy = by;
        repliedAt = at;
    }

    /** Whether {@code accountId} wrote it: nobody votes for or reports their own review. */
    public boolean writtenBy(long accountId) {
        return authorId == accountId;
    }

    public Long id() {
        return id;
    }

    public long orderLineId() {
        return orderLineId;
    }

    public long productId() {
        return productId;
    }

    public long vendorId() {
        return vendorId;
    }

    public String authorName() {
        return authorName;
    }

    public int rating() {
        return rating;
    }

    public String title() {
        return title;
    }

    public String text() {
        return body;
    }

    public ReviewState state() {
        return state;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public int helpfulVotes() {
        return helpfulVotes;
    }

    public int reports() {
        return reports;
    }

    public String reply() {
        return reply;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
