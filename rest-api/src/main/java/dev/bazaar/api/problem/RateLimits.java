package dev.bazaar.api.problem;

import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * Requests per client on the API, before anything else is done for them: each client has a bucket of
 * {@code bazaar.api.rate-limit.burst} requests that refills at {@code bazaar.api.rate-limit.per-second};
 * a request finding it empty is a 429 problem with Retry-After. A client is the account of a valid
 * access token (its subject), else the client address (behind a trusted proxy, the address it
 * forwards). The defaults (a burst of 1000, then 50 a second) are far above what a person or an app
 * does, and far above what the test suite does from one address. Counted per server: behind a load
 * balancer of n servers a client gets up to n times as much.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RateLimits implements ContainerRequestFilter {

    private static final int MOST_CLIENTS = 10_000;
    private static final Map<String, Bucket> BUCKETS = new ConcurrentHashMap<>();

    private final int burst;
    private final int perSecond;

    @Context
    HttpServletRequest servletRequest;

    public RateLimits() {
        Config config = ConfigProvider.getConfig();
        burst = config.getOptionalValue("bazaar.api.rate-limit.burst", Integer.class).orElse(1000);
        perSecond = config.getOptionalValue("bazaar.api.rate-limit.per-second", Integer.class).orElse(50);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal account = request.getSecurityContext().getUserPrincipal();
        String client = account != null ? "account " + account.getName() : "address " + servletRequest.getRemoteAddr();
        long now = System.nanoTime();
        if (BUCKETS.size() > MOST_CLIENTS) {
            BUCKETS.values().removeIf(bucket -> bucket.full(now, burst, perSecond));
        }
        long waitSeconds = BUCKETS.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, burst, perSecond);
        if (waitSeconds > 0) {
            request.abortWith(Response.fromResponse(Problem.response(Status.TOO_MANY_REQUESTS,
                    "Too many requests from this client: at most " + burst + " at once, then " + perSecond
                            + " a second; try again after Retry-After seconds"))
                    .header("Retry-After", waitSeconds).build());
        }
    }

    /** A token bucket: tokens refill continuously up to the burst; a request takes one. */
    static final class Bucket {

        private double tokens;
        private long updated;

        Bucket(int burst, long now) {
            this.tokens = burst;
            this.updated = now;
        }

        /** Takes a token: 0 when there was one, else the whole seconds until there will be. */
        synchronized long take(long now, int burst, int perSecond) {
            refill(now, burst, perSecond);
            if (tokens >= 1) {
                tokens--;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }

        synchronized boolean full(long now, int burst, int perSecond) {
            refill(now, burst, perSecond);
            return tokens >= burst;
        }

        private void refill(long now, int burst, int perSecond) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
            updated = now;
        }
    }
}
