package org.tsunagu.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI document of /api/v1: title, version, and the two ways to log in (session or HTTP Basic).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI tsunaguOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tsunagu API")
				.version("v1")
				.description("医療的ケア児等支援センター業務システムの API。画面と同じ権限・圏域・同意の確認と監査ログが適用されます。"
						+ "エラーは RFC 9457 の problem details（application/problem+json）で返します。"))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("session",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("TSUNAGU_SESSION")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}
}
