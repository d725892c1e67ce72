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
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(scopes);
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
