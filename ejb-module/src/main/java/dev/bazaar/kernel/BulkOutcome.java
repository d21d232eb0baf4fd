package dev.bazaar.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk action did, row by row: the ids it acted on and those it refused, each with the reason a
 * person reads. An id the caller may not see is refused like one that does not exist, so a bulk action
 * tells nobody what another shop holds.
 */
public record BulkOutcome(List<String> done, List<Refusal> refused) {

    public record Refusal(String id, String reason) {
    }

    public BulkOutcome {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
    }

    /** Collects the outcome while a service works through the selection. */
    public static final class Tally {

        private final List<String> done = new ArrayList<>();
        private final List<Refusal> refused = new ArrayList<>();

        public void done(Object id) {
            done.add(String.valueOf(id));
        }

        public void refused(Object id, String reason) {
            refused.add(new Refusal(String.valueOf(id), reason));
        }

        public BulkOutcome outcome() {
            return new BulkOutcome(done, refused);
        }
    }
}
