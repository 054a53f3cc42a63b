package org.tsunagu.information.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of 情報発信.
 *
 * @param publicBaseUrl the address of the public site as respondents reach it, for the links in mails
 */
@ConfigurationProperties("tsunagu.information")
record InformationSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
