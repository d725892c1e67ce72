package org.microdegree.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.microdegree.search.CatalogueSearch;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public catalogue page as visitors see it, kept once rendered: per address (host, path and
 * query), language and state of the published catalogue. A visitor's page is the same for all
 * visitors until the catalogue changes; rendering it took most of the page's time. Signed-in users
 * (their name and links in the page), language switches (they set a cookie) and anything but a plain
 * 200 are rendered each time.
 */
class CataloguePageCache extends OncePerRequestFilter {

    static final int MAX_PAGES = 2_000;

    private record Page(String contentType, String contentLanguage, byte[] body) {}

    private record Key(String address, Locale locale) {}

    private final CatalogueSearch search;
    private final LocaleResolver locales;
    private final Map<Key, Page> pages = new ConcurrentHashMap<>();
    private volatile Object revision = new Object();
    private final Counter hits;
    private final Counter misses;

    CataloguePageCache(CatalogueSearch search, LocaleResolver locales, MeterRegistry meters) {
        this.search = search;
        this.locales = locales;
        this.hits = Counter.builder("microdegree.catalogue.page.cache").tag("result", "hit").description("Catalogue pages served as kept").register(meters);
        this.misses = Counter.builder("microdegree.catalogue.page.cache").tag("result", "miss").description("Catalogue pages rendered").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/catalogue".equals(request.getRequestURI().substring(request.getContextPath().length()))
                || request.getParameter("lang") != null || !anonymous();
    }

    private static boolean anonymous() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Object now = search.revision();
        if (now != revision) {
            // the catalogue changed: every page kept shows the old one
            pages.clear();
            revision = now;
        }
        Key key = new Key(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()), locales.resolveLocale(request));
        Page kept = pages.get(key);
        if (kept != null) {
            hits.increment();
            response.setContentType(kept.contentType());
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
            response.setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        misses.increment();
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        String type = capture.getContentType();
        if (capture.getStatus() == 200 && type != null && type.startsWith("text/html") && now == revision) {
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            String language = capture.getHeader(HttpHeaders.CONTENT_LANGUAGE);
            pages.put(key, new Page(type, language == null ? key.locale().toLanguageTag() : language, capture.getContentAsByteArray()));
        }
        capture.copyBodyToResponse();
    }
}
