package dev.bazaar.stripe.standin;

import java.util.HashMap;
import java.util.Map;

/**
 * Stripe objects of one kind by id, each kept as packed compact JSON. {@link #get} hands out a fresh copy:
 * a change counts only once {@link #put} stores it, so a call that fails half-way changes nothing.
 * Not thread-safe; {@link FakeStripe}'s lock guards it.
 */
final class ObjectStore {

    private final Map<String, byte[]> objects = new HashMap<>();

    Map<String, Object> get(String id) {
        byte[] packed = id == null ? null : objects.get(id);
        return packed == null ? null : Json.parseObject(Packed.unpack(packed));
    }

    void put(Map<String, Object> object) {
        objects.put((String) object.get("id"), Packed.pack(Json.writeCompact(object)));
    }

    boolean contains(String id) {
        return objects.containsKey(id);
    }

    void clear() {
        objects.clear();
    }
}
