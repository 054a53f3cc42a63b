package org.tsunagu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Tsunagu（つなぐ）: the work system of a prefecture's 医療的ケア児等支援センター.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TsunaguApplication {

	public static void main(String[] args) {
		SpringApplication.run(TsunaguApplication.class, args);
	}
}
