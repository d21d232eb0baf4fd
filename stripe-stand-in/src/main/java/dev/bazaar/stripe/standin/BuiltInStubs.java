package dev.bazaar.stripe.standin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * The stand-in's catch-all stubs, all at priority {@value #PRIORITY} and answered by
 * {@link StandInTransformer}. As a mappings loader they come back whenever WireMock resets to its default
 * mappings ({@code POST /__admin/reset}, {@code POST /__admin/mappings/reset}); only
 * {@code DELETE /__admin/mappings} removes them until the next reset.
 */
final class BuiltInStubs implements MappingsLoaderExtension {

    /** WireMock serves the stub with the lowest number first; stubs added without a priority have 5. */
    static final int PRIORITY = 100;

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        stubMappings.addMapping(stub("Stripe API (/v1)", any(urlPathMatching("/v1(/.*)?")), PRIORITY));
        stubMappings.addMapping(stub("Stripe.js stand-in (/v3/)",
                any(urlPathMatching("/v3/?|/v3/stripe\\.js|/[a-z0-9.-]+/stripe\\.js")), PRIORITY));
        stubMappings.addMapping(stub("Stand-in controls (/stand-in/)", any(urlPathMatching("/stand-in(/.*)?")), PRIORITY));
        stubMappings.addMapping(stub("Everything else (CORS preflights, help, 404)", any(anyUrl()), PRIORITY + 10));
    }

    private static StubMapping stub(String name, MappingBuilder builder, int priority) {
        String fullName = "Stripe stand-in built-in: " + name;
        return builder
                .withId(UUID.nameUUIDFromBytes(fullName.getBytes(StandardCharsets.UTF_8)))
                .withName(fullName)
                .atPriority(priority)
                .willReturn(aResponse().withTransformers(StandInTransformer.NAME))
                .build();
    }

    @Override
    public String getName() {
        return "bazaar-stripe-stand-in-stubs";
    }
}
