package org.tsunagu.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler (or every handler of a controller) that exports personal or bulk data, or changes security
 * settings: the user must have typed their password (and second factor) within the last few minutes. The
 * identity module enforces it for every annotated handler: a page is sent to the re-authentication page and
 * comes back, an API call is answered with a problem. HTTP Basic calls carry the password and count as fresh.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecentAuthenticationRequired {
}
