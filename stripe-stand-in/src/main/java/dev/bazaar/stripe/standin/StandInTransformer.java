package dev.bazaar.stripe.standin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The WireMock extension that is the stand-in's behaviour: a stub whose response names this transformer
 * ({@value #NAME}) is answered by the in-memory Stripe. It applies only to such stubs, so a stub a test adds
 * through /__admin/mappings with a higher priority (a lower number than the built-in stubs' 100) wins. Such a
 * stub may itself name the transformer to keep the real behaviour and add a delay or a fault, e.g.
 * {@code {"response": {"transformers": ["bazaar-stripe-stand-in"], "fixedDelayMilliseconds": 2000}}}.
 */
public final class StandInTransformer implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "bazaar-stripe-stand-in";

    private final StandInHandler handler;

    StandInTransformer(StandInHandler handler) {
        this.handler = handler;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        Answer answer = handler.handle(Call.of(request.getMethod().getName(), request.getUrl(), request::getHeader,
                request.getBodyAsString()));
        ResponseDefinition stub = serveEvent.getResponseDefinition();
        // keep what the matched stub adds (delays, faults, extra headers); the answer's own headers win
        List<HttpHeader> headers = new ArrayList<>();
        if (stub.getHeaders() != null) {
            for (HttpHeader h : stub.getHeaders().all()) {
                if (answer.headers.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(h.key()))) {
                    headers.add(h);
                }
            }
        }
        for (Map.Entry<String, String> h : answer.headers.entrySet()) {
            headers.add(new HttpHeader(h.getKey(), h.getValue()));
        }
        return ResponseDefinitionBuilder.like(stub)
                .withStatus(answer.status)
                .withHeaders(new HttpHeaders(headers))
                .withBody(answer.body)
                .build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
