package dev.bazaar.stripe.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.stripe.net.Webhook;

class FormAndJsonTest {

    @Test
    void readsStripesBracketSyntax() {
        Form form = Form.parse("amount=1000&currency=eur&metadata%5Border_number%5D=B-1&metadata[0]=zero"
                + "&automatic_payment_methods[enabled]=true&expand[0]=latest_charge&expand[]=payment_method"
                + "&description=caf%C3%A9+au+lait");
        assertEquals(1000L, form.integer("amount"));
        assertEquals(Map.of("order_number", "B-1", "0", "zero"), form.metadata("metadata"));
        assertEquals(Boolean.TRUE, form.bool("automatic_payment_methods", "enabled"));
        assertEquals(List.of("latest_charge", "payment_method"), form.list("expand"));
        assertEquals("café au lait", form.string("description"));
        assertNull(form.string("receipt_email"));
    }

    @Test
    void comparesParametersRegardlessOfOrder() {
        assertEquals(Form.parse("a=1&b[c]=2").canonical(), Form.parse("b%5Bc%5D=2&a=1").canonical());
    }

    @Test
    void refusesWhatStripeRefuses() {
        ApiError unknown = assertThrows(ApiError.class, () -> Form.parse("amount=1&customer=cus_1")
                .allowOnly(java.util.Set.of("amount")));
        assertEquals("parameter_unknown", unknown.code);
        assertEquals("customer", unknown.param);
        ApiError notInteger = assertThrows(ApiError.class, () -> Form.parse("amount=ten").integer("amount"));
        assertEquals("parameter_invalid_integer", notInteger.code);
        ApiError notBoolean = assertThrows(ApiError.class,
                () -> Form.parse("automatic_payment_methods[enabled]=yes").bool("automatic_payment_methods", "enabled"));
        assertEquals("automatic_payment_methods[enabled]", notBoolean.param);
    }

    @Test
    void writesNullsAndReadsBack() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", "pi_1");
        object.put("latest_charge", null);
        object.put("amount", 1000L);
        object.put("list", Arrays.asList("a\"b", null, true));
        object.put("nested", Map.of("k", "line\nbreak"));
        String json = Json.write(object);
        assertEquals("{\n  \"id\": \"pi_1\",\n  \"latest_charge\": null,\n  \"amount\": 1000,\n  \"list\": [\n"
                + "    \"a\\\"b\",\n    null,\n    true\n  ],\n  \"nested\": {\n    \"k\": \"line\\nbreak\"\n  }\n}", json);
        assertEquals(object, Json.parse(json));
    }

    @Test
    void storesObjectsPackedAndHandsOutCopies() {
        Map<String, Object> pi = new LinkedHashMap<>();
        pi.put("id", "pi_1");
        pi.put("metadata", new LinkedHashMap<>(Map.of("order_number", "B-1")));
        pi.put("latest_charge", null);
        assertEquals("{\"id\":\"pi_1\",\"metadata\":{\"order_number\":\"B-1\"},\"latest_charge\":null}",
                Json.writeCompact(pi));
        ObjectStore store = new ObjectStore();
        store.put(pi);
        Map<String, Object> copy = store.get("pi_1");
        assertEquals(pi, copy);
        copy.put("status", "succeeded");
        assertNull(store.get("pi_1").get("status"));
        assertNull(store.get("pi_2"));
    }

    @Test
    void signsAsStripeSigns() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String payload = "{\"id\": \"evt_1\", \"object\": \"event\"}";
        String header = Webhooks.signatureHeader("whsec_test", now, payload);
        // stripe-java's own verification accepts it
        Webhook.Signature.verifyHeader(payload, header, "whsec_test", 300);
    }
}
