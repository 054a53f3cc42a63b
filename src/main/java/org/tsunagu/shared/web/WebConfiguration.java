package org.tsunagu.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Japanese first: messages come from {@code messages_ja.properties} unless the user switched to English
 * ({@code ?lang=en}, kept in a cookie for a year).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setDefaultLocale(Locale.JAPANESE);
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tsunagu-lang");
		resolver.setDefaultLocale(Locale.JAPANESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Static files only under the paths that hold them ({@code spring.web.resources.add-mappings: false}). With
	 * Boot's default {@code /**} mapping, the resource chain's URL encoding (active because of the WebJars
	 * locator) looked every link of every page up in four classpath folders inside the jar — under load, 50
	 * users queued on the jar's locks (bench/RESULTS.md). Now a link is looked up only if it names a static path,
	 * and every chain caches what it found: without a chain of their own, the stylesheet and script links of the
	 * layout were checked in the jar again on every page (2 % of the request threads' CPU under load).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
