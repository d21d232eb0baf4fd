package dev.bazaar.storefront;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the storefront's bookmarkable addresses ({@code /shops/nordic-kitchen}, {@code /p/oak-board},
 * {@code /c/kitchen}, {@code /search?q=oak})
 * from their Faces views ({@code /shop.xhtml?slug=nordic-kitchen}), without a redirect: the address a
 * shopper shares is the one they see.
 */
@WebFilter(urlPatterns = {"/shops/*", "/p/*", "/c/*", "/search"})
public class ReadableUrls extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHOP = Pattern.compile("^/shops/([^/]+)/?$");
    private static final Pattern PRODUCT = Pattern.compile("^/p/([^/]+)/?$");
    private static final Pattern CATEGORY = Pattern.compile("^/c/([^/]+)/?$");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher shop = SHOP.matcher(path);
        if (shop.matches()) {
            forward("/shop.xhtml", "slug", shop.group(1), request, response);
            return;
        }
        Matcher product = PRODUCT.matcher(path);
        if (product.matches()) {
            forward("/product.xhtml", "slug", product.group(1), request, response);
            return;
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            forward("/search.xhtml", "slug", category.group(1), request, response);
            return;
        }
        if (path.equals("/search")) {
            request.getRequestDispatcher("/search.xhtml" + (request.getQueryString() == null ? "" : "?" + request.getQueryString()))
                    .forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void forward(String view, String parameter, String value, HttpServletRequest request,
                                HttpServletResponse response) throws IOException, ServletException {
        String query = parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + (request.getQueryString() == null ? "" : "&" + request.getQueryString());
        request.getRequestDispatcher(view + "?" + query).forward(request, response);
    }
}
