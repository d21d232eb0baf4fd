package dev.bazaar.stripe.standin;

import java.util.function.UnaryOperator;

/** One HTTP request as the stand-in sees it, independent of WireMock's types. */
record Call(String method, String path, String query, UnaryOperator<String> headers, String body) {

    String header(String name) {
        String value = headers.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Call of(String method, String url, UnaryOperator<String> headers, String body) {
        int q = url.indexOf('?');
        return new Call(method.toUpperCase(java.util.Locale.ROOT), q < 0 ? url : url.substring(0, q),
                q < 0 ? "" : url.substring(q + 1), headers, body == null ? "" : body);
    }
}
