/**
 * 利用者と権限 (identity): users, roles, login, passwords and the access scope (all, one 圏域, one organisation) every module checks on the server.
 */
@ApplicationModule(displayName = "利用者と権限", allowedDependencies = { "shared", "shared :: web", "audit", "reference" })
@NullMarked
package org.tsunagu.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
