package org.tsunagu.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * One-time form tokens against double submits: Spring Security registers its CSRF
 * {@code requestDataValueProcessor} (the one bean name Spring MVC and Thymeleaf look up for the hidden fields
 * of a form); it is wrapped so every POST form also gets a {@code _formToken}, which
 * {@link FormTokenInterceptor} accepts once.
 */
@Configuration(proxyBeanMethods = false)
class FormTokenConfiguration implements WebMvcConfigurer {

	private final FormTokenInterceptor interceptor = new FormTokenInterceptor();

	@Bean
	static BeanPostProcessor formTokenRequestDataValueProcessorWrapper() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (RequestContextUtils.REQUEST_DATA_VALUE_PROCESSOR_BEAN_NAME.equals(beanName)
						&& bean instanceof RequestDataValueProcessor processor
						&& !(bean instanceof FormTokenRequestDataValueProcessor)) {
					return new FormTokenRequestDataValueProcessor(processor);
				}
				return bean;
			}
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(interceptor);
	}
}
