package dev.bazaar.api.v1;

import java.io.IOException;

import dev.bazaar.api.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page of the API's web module (WEB-INF/web.xml): what the web container answers before
 * JAX-RS sees a request (a URI with an encoded slash or a control character, a missing or bad access
 * token) leaves as a problem+json like every other refusal, instead of the container's HTML page,
 * which names its message ids and shows a Java stack trace. Reached directly, it is a plain 404.
 */
@WebServlet("/container-problem")
public class ContainerProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", "about:blank").add("title", title(status))
                .add("status", status).add("detail", detail(status));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.build().toString());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            default -> status >= 500 ? "Internal Server Error" : "Client Error";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request URI is malformed: it holds an encoded slash, backslash, dot or hash, or a control character";
            case 401 -> "Send a valid access token: Authorization: Bearer <token>";
            case 403 -> "Your role may not do this";
            case 404 -> "No such resource";
            default -> status >= 500 ? "Something went wrong on our side" : "The request was refused";
        };
    }
}
