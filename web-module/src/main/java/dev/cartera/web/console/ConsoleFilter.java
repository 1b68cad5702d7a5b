package dev.cartera.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The console's gate, for every request under /admin/: a page needs a signed-in session and a role that may
 * see it; a form post must come from a console page (Faces' view state, and no foreign Origin). A bearer token
 * counts for nothing here: only the session does. Why a filter rather than a Jakarta Security mechanism is in
 * docs/console.md.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class ConsoleFilter extends HttpFilter {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    /** Which action each page needs; a page not listed needs only a signed-in user. */
    private static final Map<String, ConsoleAction> PAGES = Map.ofEntries(
            Map.entry("/admin/index", ConsoleAction.HOME),
            Map.entry("/admin/lookup", ConsoleAction.LOOKUP),
            Map.entry("/admin/customers", ConsoleAction.VIEW_CUSTOMERS),
            Map.entry("/admin/customer", ConsoleAction.VIEW_CUSTOMERS),
            Map.entry("/admin/customer/edit", ConsoleAction.EDIT_CUSTOMERS),
            Map.entry("/admin/customers/export", ConsoleAction.EXPORT_CUSTOMERS),
            Map.entry("/admin/imports", ConsoleAction.IMPORTS),
            Map.entry("/admin/imports/files", ConsoleAction.IMPORTS),
            Map.entry("/admin/loans", ConsoleAction.VIEW_LOANS),
            Map.entry("/admin/loan", ConsoleAction.VIEW_LOANS),
            Map.entry("/admin/loan/edit", ConsoleAction.EDIT_LOANS),
            Map.entry("/admin/loan/schedule", ConsoleAction.VIEW_LOANS),
            Map.entry("/admin/purchases", ConsoleAction.VIEW_PURCHASES),
            Map.entry("/admin/purchase/edit", ConsoleAction.EDIT_PURCHASES),
            Map.entry("/admin/reports", ConsoleAction.REPORTS),
            Map.entry("/admin/reports/files", ConsoleAction.REPORTS),
            Map.entry("/admin/pets", ConsoleAction.VIEW_PETS),
            Map.entry("/admin/pets/photos", ConsoleAction.VIEW_PETS),
            Map.entry("/admin/pet/edit", ConsoleAction.EDIT_PETS),
            Map.entry("/admin/users", ConsoleAction.USERS),
            Map.entry("/admin/account", ConsoleAction.ACCOUNT),
            Map.entry("/admin/backup", ConsoleAction.BACKUP));

    private static final String LOGIN = "/admin/login";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        noCaching(response);
        if (request.getCharacterEncoding() == null) {
            // read before Faces does, in the encoding its pages post in, or accents would arrive garbled
            request.setCharacterEncoding("UTF-8");
        }
        if ("POST".equals(request.getMethod()) && !isFromConsolePage(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (path.equals("/admin")) {
            response.sendRedirect(request.getContextPath() + "/admin/");
            return;
        }
        if (path.equals(LOGIN) || path.equals(LOGIN + ".xhtml")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ConsoleUser> user = Console.userOf(request.getSession(false));
        if (user.isEmpty()) {
            toSignIn(request, response, path);
            return;
        }
        String page = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        ConsoleAction needed = requiredAction(page);
        if (needed != null && !user.get().may(needed)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (path.equals("/admin/")) {
            request.getRequestDispatcher("/admin/index").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static ConsoleAction requiredAction(String page) {
        ConsoleAction exact = PAGES.get(page);
        if (exact != null) {
            return exact;
        }
        // downloads: /admin/customers/export/..., /admin/imports/files/...; the longest prefix decides
        return PAGES.entrySet().stream().filter(entry -> page.startsWith(entry.getKey() + "/"))
                .max(java.util.Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue).orElse(null);
    }

    /**
     * Cross-site request forgery: Faces only acts on a post that carries the view state it issued to this session
     * (server-side state, a random id), and browsers send Origin on every cross-site post. A post without view state
     * is refused here rather than silently rendered as a fresh page. A multipart post (file upload) carries the
     * view state among its parts, which only Faces reads; its Origin check stands alone here.
     */
    private static boolean isFromConsolePage(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, request)) {
            return false;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("multipart/")) {
            return origin == null || !origin.equals("null");
        }
        String state = request.getParameter(VIEW_STATE);
        return state != null && !state.isBlank();
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A page asks the user to sign in, then comes back; a Faces AJAX request is told to redirect the whole page. */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String back = "GET".equals(request.getMethod()) && !path.equals("/admin/") ? path
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : null;
        String target = request.getContextPath() + LOGIN
                + (back == null ? "" : "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    /** Pages show personal data: never kept by a browser or proxy cache, never framed by another site. */
    private static void noCaching(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
