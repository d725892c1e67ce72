package org.microdegree.web;

import lombok.RequiredArgsConstructor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.microdegree.shared.Actor;
import org.microdegree.web.security.Actors;
import org.microdegree.web.security.TokenScopeGuard;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.microdegree.search.CatalogueSearch;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Controllers receive the {@link Actor} who asks as a plain parameter; pages speak English or
 * German: the switcher's choice (a cookie), else the browser's {@code Accept-Language}, else English.
 */
@Configuration
@ConditionalOnWebApplication
@RequiredArgsConstructor
class WebConfig implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final Actors actors;
    private final TokenScopeGuard scopes;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType() == Actor.class;
            }

            @Override
            public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                    WebDataBinderFactory binders) {
                return actors.current();
            }
        });
    }

    /**
     * The static files under their own paths only. Spring Boot's default maps them at "/**" and,
     * with the webjars' resource chain, made every link of a page (25 on a catalogue page) look for a
     * file of that name on the classpath: a third of the catalogue page's time. The webjars are
     * served version-agnostic (/webjars/htmx.org/dist/htmx.min.js), their version found once.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(scopes);
    }

    /** After the security filters (they decide who is signed in, and write their headers around it). */
    @Bean
    FilterRegistrationBean<CataloguePageCache> cataloguePageCache(CatalogueSearch search, LocaleResolver localeResolver, MeterRegistry meters) {
        FilterRegistrationBean<CataloguePageCache> r = new FilterRegistrationBean<>(new CataloguePageCache(search, localeResolver, meters));
        r.addUrlPatterns("/catalogue");
        r.setOrder(0); // Spring Security's filter chain runs at -100
        return r;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("microdegree-lang") {
            @Override
            public void setLocale(HttpServletRequest request, jakarta.servlet.http.@org.jspecify.annotations.Nullable HttpServletResponse response,
                    @org.jspecify.annotations.Nullable Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        r.setDefaultLocaleFunction(request -> {
            String header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return Locale.ENGLISH;
            }
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
                return best == null ? Locale.ENGLISH : best;
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        });
        return r;
    }

    private static Locale supported(@org.jspecify.annotations.Nullable Locale locale) {
        return locale != null && locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
    }
}
