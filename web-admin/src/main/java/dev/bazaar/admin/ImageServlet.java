package dev.bazaar.admin;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bazaar.kernel.NotFoundException;
import dev.bazaar.media.application.ImageLibrary;
import dev.bazaar.media.domain.Rendition;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pictures in the back office, at {@code /admin/images/{id}/{size}}: drafts' pictures too, but only to
 * the shop's own staff and platform admins. Kept privately by the browser for a day; a rendition never
 * changes, so its hash is its ETag.
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/(large|thumb)");

    @EJB
    private transient ImageLibrary library;

    /** The address of a rendition inside the back office. */
    public static String url(String contextPath, long imageId, String size) {
        return contextPath + "/images/" + imageId + "/" + size;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Rendition rendition;
        try {
            rendition = library.forBackOffice(Long.parseLong(path.group(1)), path.group(2));
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + rendition.etag() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(rendition.contentType());
        response.setContentLength(rendition.content().length);
        response.getOutputStream().write(rendition.content());
    }
}
