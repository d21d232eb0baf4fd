package dev.bazaar.storefront;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bazaar.catalog.application.SearchLog;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The product links of search results, {@code /search/product/{slug}?q=oak+board}: counts the click for
 * search analytics (the query's words and the product, nothing of the shopper; docs/adr/0023) and sends
 * the browser on to the product's own address, so the product page, its address and its bookmarks stay
 * as they are and a reload or a shared link counts nothing.
 */
@WebServlet("/search/product/*")
public class SearchClicks extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SLUG = Pattern.compile("/([a-z0-9-]{1,160})");

    @EJB
    private transient SearchLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher slug = SLUG.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!slug.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        log.clicked(request.getParameter("q"), slug.group(1));
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/p/" + URLEncoder.encode(slug.group(1), StandardCharsets.UTF_8));
    }
}
