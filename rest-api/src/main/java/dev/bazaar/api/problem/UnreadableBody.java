package dev.bazaar.api.problem;

import java.io.IOException;
import java.io.PushbackInputStream;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * A request body that is not JSON (or not the JSON shape expected) is the client's mistake: a 400,
 * not the 500 an unmapped JSON-B failure would become. An empty JSON body reads as null, which
 * every endpoint with an optional body takes as "nothing given"; other types (a CSV file) are read
 * as they come. Text holding the NUL character is refused ({@link NulEscapeGuard}): PostgreSQL cannot
 * store it. Only reading is translated here; a failure
 * writing a response stays a server error.
 */
@Provider
public class UnreadableBody implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            if (first == -1) {
                return null; // no JSON at all: the endpoint treats it as "nothing given"
            }
            body.unread(first);
            context.setInputStream(new NulEscapeGuard(body));
        }
        try {
            return context.proceed();
        } catch (JsonbException | JsonException e) {
            RefusedBody refused = RefusedBody.in(e).orElse(null);
            if (refused != null) {
                throw refused; // a chunked body over its limit, or one too slow, found while parsing
            }
            throw new BadRequestException("The request body is not valid JSON for this endpoint", e);
        } catch (IOException e) {
            throw RefusedBody.in(e).orElseThrow(() -> e);
        }
    }
}
